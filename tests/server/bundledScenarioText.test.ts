import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startTestServer, type TestServer } from './serverHarness.ts';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

describe('the text of a bundled scenario', () => {
  it('is served by id with its file name, for the studio to open', async () => {
    const answer = await api(test.url, '/api/scenarios/harbour');
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe('harbour');
    expect(answer.body.file).toBe('harbour.yaml');
    expect(answer.body.text).toContain('id: harbour');
    expect(answer.body.text).toContain('summary: A short drill in the harbour.');
  });

  it('is refused for a scenario that is not bundled, naming the ones that are', async () => {
    const answer = await api(test.url, '/api/scenarios/ferry');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('unknown-scenario');
    expect(answer.body.error.message).toContain('harbour');
  });

  it('is read only', async () => {
    const answer = await api(test.url, '/api/scenarios/harbour', { method: 'POST', body: {} });
    expect(answer.status).toBe(405);
  });
});
