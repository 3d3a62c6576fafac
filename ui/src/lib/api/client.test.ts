import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApi } from './client';
import { parseEvent, streamEvents } from './events';

// The server is outside this unit: a fake `fetch` stands in for it.
function fakeFetch(status: number, body: unknown) {
  const calls: Request[] = [];
  const f = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(String(input), init);
    calls.push(req);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return { f: f as unknown as typeof fetch, calls };
}

describe('api client', () => {
  it('sends the bearer token and returns the typed body', async () => {
    const { f, calls } = fakeFetch(200, { items: [], next_cursor: null });
    const api = createApi({ baseUrl: 'http://127.0.0.1:1', token: () => 'secret', fetch: f });
    const page = await api.escalations('open');
    expect(page.items).toEqual([]);
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer secret');
    expect(calls[0]?.url).toContain('/api/v1/escalations?status=open');
  });

  it('throws the server error code and message, and signs out on 401', async () => {
    const { f } = fakeFetch(401, { code: 'unauthorized', message: 'the API token is wrong' });
    const onUnauthorized = vi.fn();
    const api = createApi({ baseUrl: 'http://127.0.0.1:1', token: () => 'bad', fetch: f, onUnauthorized });
    const err = await api.settings().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('unauthorized');
    expect((err as ApiError).message).toBe('the API token is wrong');
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('reports an unreachable server as unavailable', async () => {
    const f = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const api = createApi({ baseUrl: 'http://127.0.0.1:1', token: () => 't', fetch: f });
    await expect(api.faqList()).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe('live events', () => {
  it('parses domain events and the lagged marker', () => {
    expect(parseEvent('lagged', '3')).toBe('lagged');
    expect(parseEvent('faq_changed', '{"type":"faq_changed","ids":[]}')).toEqual({ type: 'faq_changed', ids: [] });
    expect(parseEvent('x', 'not json')).toBeNull();
  });

  it('streams events from an SSE body with the token', async () => {
    const ac = new AbortController();
    const seen: unknown[] = [];
    let auth: string | null = null;
    const f = (async (_url: string, init: RequestInit) => {
      auth = new Headers(init.headers).get('Authorization');
      const text =
        'event: faq_changed\ndata: {"type":"faq_changed","ids":["a"]}\n\n: keep-alive\n\nevent: lagged\ndata: 2\n\n';
      return new Response(new Blob([text]).stream(), { status: 200 });
    }) as unknown as typeof fetch;
    let resyncs = 0;
    await new Promise<void>((done) => {
      void streamEvents('http://x/api/v1/events', () => 'tok', {
        event: (e) => seen.push(e),
        resync: () => {
          resyncs++;
          ac.abort();
          done();
        },
      }, ac.signal, f);
    });
    expect(auth).toBe('Bearer tok');
    expect(seen).toEqual([{ type: 'faq_changed', ids: ['a'] }]);
    expect(resyncs, 'lagged asks for a reload').toBe(1);
  });
});
