/**
 * One POST to the exercise server's API with a JSON body and, when given, a key or token: how a
 * browser test sets up play without clicking through it. Throws with the server's answer when refused.
 */
export async function postApi(baseUrl: string, path: string, body: unknown, credential?: string): Promise<any> {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(credential === undefined ? {} : { Authorization: `Bearer ${credential}` }) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
