// The one typed client of the Owldesk HTTP API. Components never call `fetch`: they call the
// methods here, whose request and response types come from `schema.d.ts`, generated from the
// server's OpenAPI document (`npm run gen:api`; `cargo xtask test` checks it has not drifted).
// Errors arrive as `{code, message}` and are thrown as `ApiError`, so callers match on `code`.
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Conversation = Schemas['Conversation'];
export type ConversationStatus = Schemas['ConversationStatus'];
export type Escalation = Schemas['Escalation'];
export type EscalationReason = Schemas['EscalationReason'];
export type Message = Schemas['Message'];
export type MessageKind = Schemas['MessageKind'];
export type Decision = Schemas['Decision'];
export type FaqEntry = Schemas['FaqEntry'];
export type FaqItem = Schemas['FaqItem'];
export type OrderStatus = Schemas['OrderStatus'];
export type Order = Schemas['Order'];
export type Rule = Schemas['Rule'];
export type Priority = Schemas['Priority'];
export type ShopSettings = Schemas['ShopSettings'];
export type InboundBody = Schemas['InboundBody'];
export type InboundResponse = Schemas['InboundResponse'];
export type ImportResponse = Schemas['ImportResponse'];
export type DomainEvent = Schemas['DomainEvent'];
export type Stats = Schemas['Stats'];
export type ThresholdEffect = Schemas['ThresholdEffect'];
export type Mode = Schemas['Mode'];
export type Modes = Schemas['Modes'];
export type ModeOverride = Schemas['ModeOverride'];
export type ScheduleStatus = Schemas['ScheduleStatus'];
export type Schedule = Schemas['Schedule'];
export type Draft = Schemas['Draft'];
export type Briefing = Schemas['Briefing'];
export type BriefingItem = Schemas['BriefingItem'];
export type AlertSettings = Schemas['AlertSettings'];
export type AlertDelivery = Schemas['AlertDelivery'];
export type Outlet = Schemas['Outlet'];
export type DailyReplyRate = Schemas['DailyReplyRate'];

/** A failed API call: the server's stable `code` and its plain-words `message`. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What the client needs from its host. */
export interface ClientOptions {
  /** Origin of the server, '' for the page's own. */
  baseUrl: string;
  /** The API token, read on every call (it can change after a sign-in). */
  token: () => string | null;
  /** Called when the server says the token is wrong. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Builds the API client. */
export function createApi(opts: ClientOptions) {
  const http = createClient<paths>({
    baseUrl: opts.baseUrl,
    // Read at call time, so a test (or the host) can swap `fetch` after the client is made.
    fetch: (req: Request) => (opts.fetch ?? globalThis.fetch)(req),
  });
  http.use({
    onRequest({ request }) {
      const token = opts.token();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  });

  async function unwrap<T>(p: Promise<Result<T>>): Promise<T> {
    let r: Result<T>;
    try {
      r = await p;
    } catch (e) {
      throw new ApiError('unavailable', `the server cannot be reached (${String(e)})`, 0);
    }
    if (r.error !== undefined || !r.response.ok) {
      const body = (r.error ?? {}) as { code?: string; message?: string };
      if (r.response.status === 401) opts.onUnauthorized?.();
      throw new ApiError(
        body.code ?? 'internal',
        body.message ?? `HTTP ${r.response.status}`,
        r.response.status,
      );
    }
    return r.data as T;
  }
  const id = (v: string) => ({ params: { path: { id: v } } });

  return {
    health: async (): Promise<boolean> => {
      const res = await (opts.fetch ?? globalThis.fetch)(`${opts.baseUrl}/healthz`);
      return res.ok;
    },
    /** Checks a token without keeping it. */
    checkToken: async (token: string): Promise<boolean> => {
      const res = await (opts.fetch ?? globalThis.fetch)(`${opts.baseUrl}/api/v1/settings`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      return res.ok;
    },
    escalations: (status?: string, limit = 500, cursor?: string) =>
      unwrap(http.GET('/api/v1/escalations', { params: { query: { status, limit, cursor } } })),
    escalation: (e: string) => unwrap(http.GET('/api/v1/escalations/{id}', id(e))),
    resolve: (e: string) => unwrap(http.POST('/api/v1/escalations/{id}/resolve', { ...id(e), body: {} })),
    acknowledge: (e: string) => unwrap(http.POST('/api/v1/escalations/{id}/ack', { ...id(e), body: {} })),
    snooze: (e: string, until: string) =>
      unwrap(http.POST('/api/v1/escalations/{id}/snooze', { ...id(e), body: { until } })),
    conversations: (query: { status?: ConversationStatus; q?: string; limit?: number; cursor?: string }) =>
      unwrap(http.GET('/api/v1/conversations', { params: { query } })),
    conversation: (c: string) => unwrap(http.GET('/api/v1/conversations/{id}', id(c))),
    messages: (c: string, limit = 500) =>
      unwrap(http.GET('/api/v1/conversations/{id}/messages', { params: { path: { id: c }, query: { limit } } })),
    takeOver: (c: string) => unwrap(http.POST('/api/v1/conversations/{id}/takeover', { ...id(c), body: {} })),
    handBack: (c: string) => unwrap(http.POST('/api/v1/conversations/{id}/handback', { ...id(c), body: {} })),
    reply: (c: string, text: string) =>
      unwrap(http.POST('/api/v1/conversations/{id}/reply', { ...id(c), body: { text } })),
    note: (c: string, text: string) =>
      unwrap(http.POST('/api/v1/conversations/{id}/notes', { ...id(c), body: { text } })),
    faqList: () => unwrap(http.GET('/api/v1/faq')),
    faqGet: (f: string) => unwrap(http.GET('/api/v1/faq/{id}', id(f))),
    faqCreate: (entry: FaqEntry) => unwrap(http.POST('/api/v1/faq', { body: entry })),
    faqUpdate: (f: string, entry: FaqEntry) => unwrap(http.PUT('/api/v1/faq/{id}', { ...id(f), body: entry })),
    faqDelete: (f: string) => unwrap(http.DELETE('/api/v1/faq/{id}', id(f))),
    faqImport: (body: Schemas['ImportBody']) => unwrap(http.POST('/api/v1/faq/import', { body })),
    faqExport: async (format: 'json' | 'csv'): Promise<string> => {
      const r = await http.GET('/api/v1/faq/export', { params: { query: { format } }, parseAs: 'text' });
      return unwrap(Promise.resolve(r as Result<string>));
    },
    test: (text: string, kind: MessageKind, order_status: OrderStatus | null) =>
      unwrap(http.POST('/api/v1/faq/test', { body: { text, kind, order_status } })),
    inbound: (body: InboundBody) => unwrap(http.POST('/api/v1/inbound', { body })),
    rules: () => unwrap(http.GET('/api/v1/rules')),
    putRule: (rule: Rule) => unwrap(http.PUT('/api/v1/rules/{id}', { ...id(rule.id), body: rule })),
    deleteRule: (r: string) => unwrap(http.DELETE('/api/v1/rules/{id}', id(r))),
    stats: (query: { days?: number; utc_offset_minutes?: number }) =>
      unwrap(http.GET('/api/v1/stats', { params: { query } })),
    thresholdEffect: (answer: number, clarify: number, days = 7) =>
      unwrap(http.GET('/api/v1/stats/thresholds', { params: { query: { answer, clarify, days } } })),
    system: () => unwrap(http.GET('/api/v1/system')),
    backup: () => unwrap(http.POST('/api/v1/backups')),
    settings: () => unwrap(http.GET('/api/v1/settings')),
    putSettings: (s: ShopSettings) => unwrap(http.PUT('/api/v1/settings', { body: s })),
    scheduleStatus: () => unwrap(http.GET('/api/v1/schedule/status')),
    schedule: () => unwrap(http.GET('/api/v1/schedule')),
    putSchedule: (s: Schedule) => unwrap(http.PUT('/api/v1/schedule', { body: s })),
    modes: () => unwrap(http.GET('/api/v1/schedule/modes')),
    putModes: (m: Modes) => unwrap(http.PUT('/api/v1/schedule/modes', { body: m })),
    setOverride: (o: ModeOverride) => unwrap(http.PUT('/api/v1/schedule/override', { body: o })),
    endOverride: () => unwrap(http.DELETE('/api/v1/schedule/override')),
    replyRates: (days = 7) => unwrap(http.GET('/api/v1/schedule/reply-rates', { params: { query: { days } } })),
    briefing: (query: { from?: string; to?: string } = {}) =>
      unwrap(http.GET('/api/v1/briefing', { params: { query } })),
    drafts: () => unwrap(http.GET('/api/v1/drafts')),
    sendDraft: (d: string, text?: string) =>
      unwrap(http.POST('/api/v1/drafts/{id}/send', { ...id(d), body: text === undefined ? {} : { text } })),
    discardDraft: (d: string) => unwrap(http.POST('/api/v1/drafts/{id}/discard', { ...id(d), body: {} })),
    alerts: () => unwrap(http.GET('/api/v1/settings/alerts')),
    putAlerts: (a: AlertSettings) => unwrap(http.PUT('/api/v1/settings/alerts', { body: a })),
    deliveries: () => unwrap(http.GET('/api/v1/settings/alerts/deliveries')),
  };
}

/** The API client's type. */
export type Api = ReturnType<typeof createApi>;
