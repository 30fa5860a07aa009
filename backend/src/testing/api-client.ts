import type { Server } from 'node:http';
import supertest from 'supertest';

/**
 * An HTTP client that behaves like our browser front end: it keeps cookies and,
 * as Angular's HttpClient does, repeats the XSRF-TOKEN cookie in a header on changes.
 */
export class ApiClient {
  private readonly agent: supertest.Agent;
  private csrfToken: string | undefined;

  constructor(server: Server) {
    this.agent = supertest.agent(server);
  }

  async get(url: string): Promise<supertest.Response> {
    return this.remember(await this.agent.get(url));
  }

  async post(url: string, body?: object, options: { csrf?: boolean } = {}): Promise<supertest.Response> {
    if (options.csrf !== false && this.csrfToken === undefined) await this.get('/api/auth/session');
    const request = this.agent.post(url);
    if (options.csrf !== false && this.csrfToken) request.set('X-XSRF-TOKEN', this.csrfToken);
    return this.remember(await (body === undefined ? request : request.send(body)));
  }

  async put(url: string, body: object): Promise<supertest.Response> {
    if (this.csrfToken === undefined) await this.get('/api/auth/session');
    const request = this.agent.put(url).set('X-XSRF-TOKEN', this.csrfToken ?? '');
    return this.remember(await request.send(body));
  }

  /** Sends `text` as it is, declared as JSON (a malformed body, as a broken client might send). */
  async sendJsonText(method: 'post' | 'put', url: string, text: string): Promise<supertest.Response> {
    if (this.csrfToken === undefined) await this.get('/api/auth/session');
    const request = this.agent[method](url).set('X-XSRF-TOKEN', this.csrfToken ?? '');
    return this.remember(await request.set('Content-Type', 'application/json').send(text));
  }

  /** A GET request to shape further (e.g. to read a binary body). */
  agentGet(url: string): supertest.Test {
    return this.agent.get(url);
  }

  /** Sends a file as multipart/form-data in the field `file`, as the browser's upload form does. */
  async upload(url: string, content: Buffer | string, fileName: string): Promise<supertest.Response> {
    if (this.csrfToken === undefined) await this.get('/api/auth/session');
    const request = this.agent.post(url).set('X-XSRF-TOKEN', this.csrfToken ?? '');
    return this.remember(await request.attach('file', Buffer.from(content), fileName));
  }

  async login(username: string, password: string): Promise<supertest.Response> {
    const response = await this.post('/api/auth/login', { username, password });
    if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${response.text}`);
    return response;
  }

  private remember(response: supertest.Response): supertest.Response {
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    for (const cookie of cookies) {
      const match = /^XSRF-TOKEN=([^;]*)/.exec(cookie);
      if (match) this.csrfToken = decodeURIComponent(match[1]);
    }
    return response;
  }
}
