import { request } from 'node:https';
import type { RunningNginx } from './nginx.ts';
import { SAMPLE_HOSTNAME } from './nginx.ts';
import type { Certificate } from './selfSignedCertificate.ts';

export interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface HttpsCall {
  method: string;
  path: string;
  body?: unknown;
  /** Sent as `Authorization: Bearer …`. */
  credential?: string;
  /** The client's own address on this machine (127.0.0.2, say), to tell it from nginx's. */
  localAddress?: string;
}

/** One HTTPS request to the sample nginx site, trusting only the test's certificate. */
export function httpsCall(nginx: RunningNginx, certificate: Certificate, { method, path, body, credential, localAddress }: HttpsCall): Promise<HttpsAnswer> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: nginx.httpsPort,
        servername: SAMPLE_HOSTNAME,
        ca: certificate.pem,
        ...(localAddress === undefined ? {} : { localAddress }),
        method,
        path,
        headers: {
          Host: SAMPLE_HOSTNAME,
          ...(credential === undefined ? {} : { Authorization: `Bearer ${credential}` }),
          ...(text === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) }),
        },
      },
      (res) => {
        let answer = '';
        res.on('data', (chunk: Buffer) => (answer += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: answer }));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
