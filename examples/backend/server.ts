// The reference seller-support backend: plazo's desk on the retail
// marketplace preset (platform 000, Chile) behind node:http. Each handler is
// a few lines because the desk does the work. Identity comes from headers
// (x-tenant, x-actor-role, x-actor-id): a stand-in for the host's own
// authentication, which this example does not pretend to be.
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createDesk, type Desk } from "plazo/desk";
import { definePreset, retailMarketplaceCL } from "plazo/presets";
import type { TicketStore } from "plazo/store";
import { type Actor, type Effect, PlazoError, type Role } from "plazo/workflow";

/** Where "now" comes from: the wall clock in production, a fake one in tests. */
export interface Clock {
  now(): Date;
}

export interface BackendOptions {
  readonly store?: TicketStore;
  readonly clock?: Clock;
  /** Delivers effects (e-mails, notifications); the example logs them. */
  readonly deliver?: (effects: readonly Effect[]) => void | Promise<void>;
}

export interface Backend {
  readonly desk: Desk;
  readonly server: Server;
  /** One sweep at the clock's now; returns how many tickets fired something. */
  sweepOnce(): Promise<number>;
  /** Sweeps every `everyMs` until stopped. */
  startSweeper(everyMs: number): () => void;
}

const ROLES: readonly Role[] = ["requester", "agent", "admin"];
const STATUS: Record<string, number> = {
  invalid_form: 422,
  refused: 422,
  duplicate: 409,
  already_exists: 409,
  idempotency_conflict: 409,
  version_conflict: 409,
  not_found: 404,
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(String(status));
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 1_000_000) throw new HttpError(413, { code: "too_large" });
  }
  if (text === "") return {};
  try {
    const v = JSON.parse(text);
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v;
  } catch {}
  throw new HttpError(400, { code: "invalid_json" });
}

/** The caller, from the stand-in identity headers. */
function actorOf(req: IncomingMessage): { tenant: string; actor: Actor } {
  const tenant = req.headers["x-tenant"];
  const role = req.headers["x-actor-role"];
  const id = req.headers["x-actor-id"];
  if (typeof tenant !== "string" || typeof id !== "string" || !ROLES.includes(role as Role))
    throw new HttpError(401, { code: "unauthenticated" });
  const actor: Actor = role === "requester" ? { role, id, tenant } : { role: role as Role, id };
  return { tenant, actor };
}

/** A ticket id that a retried request (same tenant and idempotency key) gets again. */
const ticketId = (tenant: string, key: string | undefined) =>
  key === undefined
    ? `T-${randomUUID().slice(0, 8)}`
    : `T-${createHash("sha256").update(`${tenant}\u0000${key}`).digest("hex").slice(0, 10)}`;

/** The status code of a desk result that did not succeed. */
const failure = (r: { readonly code?: string; readonly error?: unknown }) =>
  STATUS[r.code ?? (r.error ? "refused" : "")] ?? 400;

export function createBackend(options: BackendOptions = {}): Backend {
  const preset = definePreset(retailMarketplaceCL);
  const desk = createDesk(options.store ? { preset, store: options.store } : { preset });
  const clock = options.clock ?? { now: () => new Date() };
  const log = (effects: readonly Effect[]) => {
    for (const e of effects) console.log(`deliver ${e.template ?? e.type} → ${e.to} (${e.ticket})`);
  };
  const deliver = options.deliver ?? log;

  async function openTicket(req: IncomingMessage, res: ServerResponse) {
    const { tenant, actor } = actorOf(req);
    const body = await readJson(req);
    const key = req.headers["idempotency-key"];
    const idempotencyKey = typeof key === "string" ? key : undefined;
    const r = await desk.open({
      tenant,
      id: ticketId(tenant, idempotencyKey),
      actor,
      at: clock.now(),
      input: body.input,
      ...(typeof body.reference === "string" ? { reference: body.reference } : {}),
      ...(typeof body.channel === "string" ? { channel: body.channel } : {}),
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      ...(typeof req.headers["accept-language"] === "string"
        ? { locale: req.headers["accept-language"] }
        : {}),
    });
    if (!r.ok) return send(res, failure(r), r);
    if (r.outcome === "created") await deliver(r.effects);
    send(res, r.outcome === "created" ? 201 : 200, {
      ticket: r.ticket,
      summary: r.summary,
      deadlines: r.deadlines,
    });
  }

  async function command(req: IncomingMessage, res: ServerResponse, id: string) {
    const { tenant, actor } = actorOf(req);
    const body = await readJson(req);
    const key = req.headers["idempotency-key"];
    const r = await desk.act({
      tenant,
      id,
      command: { ...body, at: clock.now(), actor } as never,
      ...(typeof key === "string" ? { commandKey: key } : {}),
    });
    if (!r.ok) return send(res, failure(r), r);
    if (r.outcome === "appended") await deliver(r.step.effects);
    send(res, 200, { ticket: r.step.ticket, deadlines: r.step.deadlines });
  }

  async function read(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    id?: string,
    part?: string,
  ) {
    const { tenant, actor } = actorOf(req);
    const requester =
      actor.role === "requester" ? actor.id : (url.searchParams.get("requester") ?? undefined);
    if (id === undefined && part === "counts")
      return send(res, 200, await desk.counts({ tenant, requester: actor.id }));
    if (id === undefined) {
      const status = url.searchParams.getAll("status");
      const cursor = url.searchParams.get("cursor") ?? undefined;
      const page = await desk.list({
        tenant,
        ...(requester === undefined ? {} : { requester }),
        ...(status.length ? { status } : {}),
        ...(cursor === undefined ? {} : { cursor }),
      });
      return send(res, 200, page);
    }
    const loaded = await desk.store.load(tenant, id);
    // Another requester's ticket is not found, as another tenant's is.
    if (
      !loaded.ok ||
      (requester !== undefined &&
        actor.role === "requester" &&
        loaded.ticket.requester !== requester)
    )
      return send(res, 404, { ok: false, code: "not_found" });
    if (part === "events") return send(res, 200, await desk.history(tenant, id));
    const sla =
      loaded.ticket.sla && desk.preset.workflow.sla?.report(loaded.ticket.sla, clock.now());
    send(res, 200, { ticket: loaded.ticket, sla });
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    const [, root, id, part] = url.pathname.split("/");
    if (root === "tickets" && req.method === "POST" && id === undefined)
      return openTicket(req, res);
    if (root === "tickets" && req.method === "POST" && part === "commands" && id)
      return command(req, res, id);
    if (root === "tickets" && req.method === "GET")
      return read(req, res, url, id || undefined, part);
    if (root === "counts" && req.method === "GET") return read(req, res, url, undefined, "counts");
    send(res, 404, { code: "no_route" });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      if (e instanceof HttpError) return send(res, e.status, e.body);
      // A malformed command or query: the PlazoError names the field.
      if (e instanceof PlazoError)
        return send(res, 400, { code: "invalid_argument", field: e.field, message: e.message });
      console.error(e);
      send(res, 500, { code: "internal" });
    });
  });

  async function sweepOnce(): Promise<number> {
    let fired = 0;
    for (;;) {
      const r = await desk.sweep({ now: clock.now(), limit: 50 });
      for (const step of r.steps) await deliver(step.effects);
      fired += r.steps.length;
      if (r.claimed < 50) return fired;
    }
  }

  return {
    desk,
    server,
    sweepOnce,
    startSweeper(everyMs) {
      let running = false;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        sweepOnce()
          .catch((e: unknown) => console.error("sweep failed", e))
          .finally(() => {
            running = false;
          });
      }, everyMs);
      return () => clearInterval(timer);
    },
  };
}
