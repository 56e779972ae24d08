// What a seller portal computes with plazo, as one pure function of the
// library's modules. chromium.test.ts runs it twice on the built dist/: in
// Node (the server) and in headless Chromium (the browser, which gets this
// file with only its types stripped), then compares the two results.
// Nothing here may read the clock, the process's time zone or locale: every
// instant is written with an offset.
import type * as Calendar from "plazo/calendar";
import type * as Forms from "plazo/forms";
import type * as Holidays from "plazo/holidays";
import type * as Workflow from "plazo/workflow";

export interface Library {
  readonly calendar: typeof Calendar;
  readonly holidays: typeof Holidays;
  readonly forms: typeof Forms;
  readonly workflow: typeof Workflow;
}

const MB = 1_048_576;
const label = (es: string, pt: string, en: string) => ({ es, pt, en });

/** (a) A form parse: a valid ticket, an invalid one in two languages, its zod schema, its JSON Schema. */
function formCase({ forms }: Library) {
  const form = forms.defineForm({
    fields: {
      subject: {
        kind: "text",
        label: label("Asunto", "Assunto", "Subject"),
        required: true,
        min: 5,
      },
      email: { kind: "email", label: label("Correo", "E-mail", "Email"), required: true },
      attachments: {
        kind: "attachments",
        label: label("Adjuntos", "Anexos", "Attachments"),
        maxFileSize: 3 * MB,
      },
    },
    taxonomy: {
      label: label("Motivo", "Motivo", "Reason"),
      options: {
        order: {
          label: label("Pedido", "Pedido", "Order"),
          fields: {
            orderNumber: {
              kind: "identifier",
              label: label("Número de pedido", "Número do pedido", "Order number"),
              pattern: "[0-9]{10}",
              example: "2000012345",
            },
            promisedDate: {
              kind: "date",
              label: label("Fecha prometida", "Data", "Promised date"),
            },
          },
        },
        spreadsheet: { label: label("Carga masiva", "Carga em massa", "Bulk upload") },
      },
    },
    rules: [
      { when: { category: ["order"] }, require: ["orderNumber"] },
      {
        when: { category: ["spreadsheet"] },
        requireFile: { field: "attachments", types: forms.fileTypes.spreadsheets },
      },
    ],
  });
  const validInput = {
    category: ["order"],
    subject: "  Pedido sin despacho ",
    email: " Vendedor@Tienda.CL ",
    orderNumber: "2000012345",
    promisedDate: "2025-09-18",
    isAdmin: true, // unknown: dropped
  };
  const invalidInput = {
    category: ["spreadsheet"],
    subject: "Hola",
    email: "no-es-un-correo",
    orderNumber: "123", // another branch's field: dropped, not validated
    attachments: [
      { name: "planilla.xlsx.exe", size: 5 * MB, type: "application/octet-stream" },
      { name: "stock.csv", size: 2_000, type: "text/csv", status: "failed" },
    ],
  };
  const valid = form.parse(validInput);
  const schema = form.schema["~standard"];
  return {
    valid,
    summary: valid.ok ? form.summarize(valid.value, { locale: "en" }) : null,
    invalidEs: form.parse(invalidInput),
    invalidPt: form.parse(invalidInput, { locale: "pt-BR" }),
    notAnObject: form.parse("hola", { locale: "en" }),
    // Typed unknown: zod's Standard Schema result type cannot be named from here; compared as data.
    standardSchemaValid: schema.validate(validInput) as unknown,
    standardSchemaInvalid: schema.validate(invalidInput) as unknown,
    jsonSchema: form.toJSONSchema({ locale: "en" }),
  };
}

function chileanOffice({ calendar, holidays }: Library) {
  return calendar.createCalendar({
    timeZone: "America/Santiago",
    hours: calendar.officeHours,
    holidays: { country: holidays.CL },
  });
}

/** (b) 48 office hours from Wed 17 Sep 2025 12:00 in Santiago, over Fiestas Patrias (18-19 Sep). */
function deadlineCase(lib: Library) {
  const cal = chileanOffice(lib);
  const start = "2025-09-17T12:00:00-03:00";
  const due = cal.add(start, { hours: 48 });
  return {
    due: due.toISOString(),
    explain: cal.explain(start, { hours: 48 }),
    between: cal.between(start, due),
    betweenOverHolidays: cal.between("2025-09-17T17:00:00-03:00", "2025-09-22T10:00:00-03:00"),
    backwards: cal.subtract("2025-09-22T10:00:00-03:00", { hours: 2 }).toISOString(),
    threeBusinessDays: cal.add(start, { businessDays: 3 }).toISOString(),
    isOpen: [
      "2025-09-17T12:00:00-03:00",
      "2025-09-18T12:00:00-03:00",
      "2025-09-19T12:00:00-03:00",
      "2025-09-22T08:59:59.999-03:00",
      "2025-09-22T09:00:00-03:00",
    ].map((t) => cal.isOpen(t)),
    nextOpen: cal.nextOpen("2025-09-17T18:00:00-03:00").toISOString(),
    endOfBusinessDay: cal.endOfBusinessDay("2025-09-18").toISOString(),
    holidays2025: cal.holidays(2025),
  };
}

/** (c) A workflow on that calendar: create, solve, a refused reply after the window, the sweep. */
function workflowCase(lib: Library) {
  const wf = lib.workflow.defineWorkflow(
    {
      initial: "open",
      onCreate: [{ type: "notify", to: "requester", template: "ticket_created" }],
      statuses: {
        open: { category: "open", label: label("Abierto", "Aberto", "Open") },
        solved: {
          category: "solved",
          label: label("Resuelto", "Resolvido", "Solved"),
          timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close" }],
        },
        closed: { category: "closed", label: label("Cerrado", "Fechado", "Closed"), final: true },
      },
      transitions: [
        {
          event: "solve",
          from: "open",
          to: "solved",
          roles: ["agent"],
          effects: [{ type: "send_survey", to: "requester" }],
        },
        {
          event: "comment",
          from: "solved",
          to: "open",
          roles: ["requester"],
          window: { within: { hours: 27 } },
        },
        { event: "close", from: "solved", to: "closed", roles: ["system"] },
      ],
    },
    { calendar: chileanOffice(lib) },
  );
  const seller = { role: "requester", id: "u-17", tenant: "store-9" } as const;
  const agent = { role: "agent", id: "a-3" } as const;
  const created = wf.create({
    at: new Date("2025-09-15T10:00:00-03:00"),
    actor: seller,
    id: "S-1",
    tenant: "store-9",
    category: ["order"],
    reference: "2000012345",
    fields: { subject: "Pedido sin despacho" },
  });
  if (!created.ok) return { created };
  const solved = wf.apply(created.ticket, {
    type: "solve",
    at: new Date("2025-09-17T12:00:00-03:00"),
    actor: agent,
  });
  if (!solved.ok) return { created, solved };
  const late = {
    type: "comment" as const,
    at: new Date("2025-09-25T10:00:00-03:00"),
    actor: seller,
  };
  const swept = wf.advance(solved.ticket, new Date("2025-09-24T12:00:00-03:00"));
  const events = [...created.events, ...solved.events, ...swept.events];
  return {
    created,
    solved,
    deadlines: wf.deadlines(solved.ticket),
    nextWakeUp: wf.nextWakeUp(solved.ticket)?.toISOString() ?? null,
    due: wf.due(solved.ticket, new Date("2025-09-24T12:00:00-03:00")),
    swept,
    // Before the sweep a reply on Thu 25 Sep meets the ticket as it would be: closed.
    lateReply: wf.apply(solved.ticket, { ...late, body: "¿Hola?" }, { locale: "en" }),
    // A command dated before the ticket's last event: the message shows both instants in Santiago time.
    backwards: wf.apply(
      solved.ticket,
      { type: "comment", at: new Date("2025-09-16T09:30:00-03:00"), actor: agent, body: "x" },
      { locale: "en" },
    ),
    intruder: wf.apply(
      solved.ticket,
      { ...late, actor: { ...seller, tenant: "store-1" }, body: "hola" },
      { locale: "pt" },
    ),
    replayed: wf.replay(JSON.parse(JSON.stringify(events))),
    mermaid: wf.toMermaid({ locale: "es" }),
  };
}

/** Everything the scenario computes, compared between the page and Node. */
export interface ScenarioResult {
  form: ReturnType<typeof formCase>;
  deadline: ReturnType<typeof deadlineCase>;
  workflow: ReturnType<typeof workflowCase>;
}

export function run(lib: Library): ScenarioResult {
  return { form: formCase(lib), deadline: deadlineCase(lib), workflow: workflowCase(lib) };
}

/** Where the code runs; differs between the two sides on purpose, so it is not compared. */
export function environment() {
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    // A wall-clock reading in the local zone: what plazo must never depend on.
    localNoon: new Date(2025, 8, 17, 12).toISOString(),
  };
}
