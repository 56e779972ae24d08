// Workflows the tests share: the domain rules' platforms 000 and 003 on
// Chilean calendars, and one workflow that uses every feature.
import { createCalendar, officeHours, wholeBusinessDays } from "plazo/calendar";
import { CL } from "plazo/holidays";
import { defineWorkflow, type Guard, type WorkflowDefinition } from "plazo/workflow";

export const timeZone = "America/Santiago";
/** "Días hábiles" counted as whole days (00-24), Monday to Friday, Chilean holidays. */
export const clBusinessDays = createCalendar({
  timeZone,
  hours: wholeBusinessDays,
  holidays: { country: CL },
});
/** Office hours 09:00-18:00, Monday to Friday, Chilean holidays. */
export const clOffice = createCalendar({ timeZone, hours: officeHours, holidays: { country: CL } });

const notify = (template: string) => ({ type: "notify", to: "requester", template }) as const;

/** 000's Seller Help: R000-7, R000-10, R000-11, R000-12. */
export const sellerHelpDefinition = {
  initial: "open",
  onCreate: [notify("ticket_created")], // R000-7
  statuses: {
    open: {
      category: "open",
      label: { es: "Abierto", pt: "Aberto", en: "Open" },
    },
    waiting: {
      category: "waiting_on_requester",
      label: {
        es: "Pendiente de información",
        pt: "Aguardando informações",
        en: "Waiting for information",
      },
      comments: ["requester", "agent", "admin"],
      timers: [
        // R000-10: a reminder every business day; the auto-close after 3 business days.
        { name: "auto_close", after: { businessDays: 3 }, fire: "close_inactive" },
        { name: "reminder", every: { hours: 24 }, effects: [notify("answer_reminder")] },
      ],
    },
    rejected: {
      category: "rejected",
      label: { es: "Rechazado", pt: "Rejeitado", en: "Rejected" },
      comments: ["requester", "agent", "admin"],
    },
    closed: {
      category: "closed",
      label: { es: "Cerrado", pt: "Fechado", en: "Closed" },
      final: true, // R000-12: no reopening, no comments
      onEnter: [notify("ticket_closed")],
    },
  },
  transitions: [
    {
      event: "request_info",
      from: "open",
      to: "waiting",
      roles: ["agent"],
      effects: [notify("info_requested")],
    },
    { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
    { event: "close_inactive", from: "waiting", to: "closed", roles: ["system"] },
    { event: "reject", from: "open", to: "rejected", roles: ["agent"] },
    // R000-11: the requester appeals by writing in the ticket within 2 business days.
    {
      event: "comment",
      from: "rejected",
      to: "open",
      roles: ["requester"],
      window: { within: { businessDays: 2 } },
    },
    {
      event: "close",
      from: ["open", "waiting", "rejected"],
      to: "closed",
      roles: ["agent", "admin"],
    },
  ],
} as const satisfies WorkflowDefinition;
export const sellerHelp = defineWorkflow(sellerHelpDefinition, { calendar: clBusinessDays });

/** 003's support portal: R003-8, R003-9, R003-10. */
export const supportPortalDefinition = {
  initial: "open",
  statuses: {
    open: { category: "open", label: { es: "Abierto", pt: "Aberto", en: "Open" } },
    awaiting: {
      category: "waiting_on_requester",
      label: { es: "Esperando respuesta", pt: "Aguardando resposta", en: "Awaiting response" },
    },
    solved: {
      category: "solved",
      label: { es: "Resuelto", pt: "Resolvido", en: "Solved" },
      comments: ["requester", "agent"],
      // R003-9: closes by itself 27 business hours after being solved.
      timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close" }],
    },
    closed: {
      category: "closed",
      label: { es: "Cerrado", pt: "Fechado", en: "Closed" },
      final: true,
    },
  },
  transitions: [
    { event: "ask", from: "open", to: "awaiting", roles: ["agent"] },
    { event: "comment", from: "awaiting", to: "open", roles: ["requester"] },
    // R003-8: solved by the agent or by the requester; R003-10: a survey follows.
    {
      event: "solve",
      from: ["open", "awaiting"],
      to: "solved",
      roles: ["agent", "requester"],
      effects: [{ type: "send_survey", to: "requester" }],
    },
    // R003-9: a reply within 27 business hours reopens it.
    {
      event: "comment",
      from: "solved",
      to: "open",
      roles: ["requester"],
      window: { within: { hours: 27 } },
    },
    { event: "close", from: "solved", to: "closed", roles: ["system"] },
  ],
} as const satisfies WorkflowDefinition;
export const supportPortal = defineWorkflow(supportPortalDefinition, { calendar: clOffice });

/** Guards of the feature workflow. */
export const guards: Record<string, Guard> = {
  hasReference: (t) => t.reference !== null,
  notUrgent: (t) => t.fields.priority !== "urgent",
};

/** Every feature: guards, windows, wall and business timers, repeats with a limit, restarts, self-transitions, fields. */
export const everythingDefinition = {
  initial: "new",
  onCreate: [notify("created")],
  editors: ["agent", "admin", "system"],
  statuses: {
    new: {
      category: "new",
      label: { es: "Nuevo", pt: "Novo", en: "New" },
      timers: [
        {
          name: "first_response",
          after: { hours: 48 },
          effects: [{ type: "escalate", to: "admin" }],
        },
      ],
    },
    open: {
      category: "open",
      label: { es: "Abierto", pt: "Aberto", en: "Open" },
      timers: [
        {
          name: "nudge_agent",
          every: { hours: 4 },
          times: 3,
          from: "comment",
          effects: [{ type: "notify", to: "agent" }],
        },
      ],
    },
    waiting: {
      category: "waiting_on_requester",
      label: { es: "Esperando", pt: "Aguardando", en: "Waiting" },
      comments: ["requester", "agent"],
      timers: [
        { name: "reminder", every: { days: 1 }, clock: "wall", effects: [notify("reminder")] },
        { name: "auto_close", after: { businessDays: 3 }, fire: "expire" },
      ],
    },
    on_hold: {
      category: "on_hold",
      label: { es: "En espera", pt: "Em espera", en: "On hold" },
      comments: ["agent", "admin"],
      timers: [{ name: "wake", after: { hours: 12 }, clock: "wall", fire: "resume" }],
    },
    solved: {
      category: "solved",
      label: { es: "Resuelto", pt: "Resolvido", en: "Solved" },
      comments: ["requester", "agent"],
      onEnter: [{ type: "send_survey", to: "requester" }],
      timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close", from: "comment" }],
    },
    rejected: {
      category: "rejected",
      label: { es: "Rechazado", pt: "Rejeitado", en: "Rejected" },
      comments: ["requester", "agent"],
    },
    closed: {
      category: "closed",
      label: { es: "Cerrado", pt: "Fechado", en: "Closed" },
      final: true,
      onEnter: [notify("closed")],
    },
  },
  transitions: [
    { event: "start", from: "new", to: "open", roles: ["agent", "admin"] },
    { event: "comment", from: "new", to: "open", roles: ["agent"] },
    { event: "request_info", from: ["new", "open"], to: "waiting", roles: ["agent"] },
    { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
    { event: "expire", from: "waiting", to: "closed", roles: ["system"] },
    { event: "hold", from: "open", to: "on_hold", roles: ["agent"], guards: ["notUrgent"] },
    { event: "resume", from: "on_hold", to: "open", roles: ["agent", "system"] },
    { event: "touch", from: "open", to: "open", roles: ["agent", "admin"] },
    {
      event: "solve",
      from: ["open", "waiting"],
      to: "solved",
      roles: ["agent"],
      guards: ["hasReference"],
    },
    { event: "solve", from: ["open", "waiting"], to: "solved", roles: ["requester"] },
    {
      event: "comment",
      from: "solved",
      to: "open",
      roles: ["requester"],
      window: { within: { hours: 27 } },
    },
    { event: "close", from: "solved", to: "closed", roles: ["system", "agent"] },
    { event: "reject", from: ["new", "open"], to: "rejected", roles: ["agent"] },
    {
      event: "appeal",
      from: "rejected",
      to: "open",
      roles: ["requester"],
      window: { within: { days: 2 }, clock: "wall" },
    },
    {
      event: "close",
      from: ["new", "open", "rejected", "on_hold"],
      to: "closed",
      roles: ["admin"],
    },
  ],
} as const satisfies WorkflowDefinition;
export const everything = defineWorkflow(everythingDefinition, { calendar: clOffice, guards });
