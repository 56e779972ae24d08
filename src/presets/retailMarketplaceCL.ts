import { wholeBusinessDays } from "../calendar/hours.js";
import { fileTypes } from "../forms/files.js";
import { CL } from "../holidays/data/CL.js";
import type { PresetDefinition } from "./types.js";

const MB = 1_048_576;
const notify = (template: string) => ({ type: "notify", to: "requester", template }) as const;
const es = (es: string, pt: string, en: string) => ({ es, pt, en });

/**
 * Platform 000, a retail marketplace's Seller Help in Chile (R000-1 …
 * R000-12): every field mandatory, 3 MB files, product ID or SKU, the
 * spreadsheet attached, the order number; a confirmation on creation; 48
 * business hours to the first reply; 3 business days to answer a request for
 * information, with a reminder every business day and an automatic close;
 * 2 business days to appeal a rejection; closed is final. Business time is
 * whole days, Monday to Friday, without Chilean holidays ("48 horas hábiles"
 * are two business days). Plain data: copy it and change what differs.
 *
 * @example
 * ```ts
 * import { createDesk } from "plazo/desk";
 * import { definePreset, retailMarketplaceCL } from "plazo/presets";
 * const desk = createDesk({ preset: definePreset(retailMarketplaceCL) });
 * ```
 */
// Built inside a pure call so that a bundle drops the presets it does not import.
export const retailMarketplaceCL = /* @__PURE__ */ (() =>
  ({
    name: "retail-marketplace-cl",
    description: es(
      "Marketplace minorista (Chile): Seller Help",
      "Marketplace varejista (Chile): Seller Help",
      "Retail marketplace (Chile): Seller Help",
    ),
    locale: "es",
    calendar: { timeZone: "America/Santiago", hours: wholeBusinessDays, holidays: { country: CL } },
    form: {
      requireAll: true, // R000-1
      fields: {
        subject: { kind: "text", label: es("Asunto", "Assunto", "Subject"), max: 150 },
        description: {
          kind: "longText",
          label: es("Descripción", "Descrição", "Description"),
          min: 10,
        },
        // R000-3: each file at most 3 MB, any number of files; optional unless R000-5 asks.
        attachments: {
          kind: "attachments",
          label: es("Archivos", "Arquivos", "Files"),
          maxFileSize: 3 * MB,
          required: false,
        },
      },
      taxonomy: {
        label: es("Motivo", "Motivo", "Reason"),
        options: {
          product: {
            label: es("Producto", "Produto", "Product"),
            fields: {
              sku: {
                kind: "identifier",
                label: "SKU",
                pattern: "[A-Za-z0-9-]{4,30}",
                example: "SKU-12345",
              },
              productId: {
                kind: "identifier",
                label: es("ID de producto", "ID do produto", "Product ID"),
                pattern: "[0-9]{6,12}",
                example: "123456789",
              },
            },
          },
          order: {
            label: es("Orden", "Pedido", "Order"),
            fields: {
              orderNumber: {
                kind: "identifier",
                label: es("Número de orden", "Número do pedido", "Order number"),
                pattern: "[0-9]{10,16}",
                example: "2000012345",
              },
            },
          },
          spreadsheet: {
            label: es("Planilla de carga", "Planilha de carga", "Bulk upload spreadsheet"),
          },
          other: { label: es("Otro", "Outro", "Other") },
        },
      },
      rules: [
        { when: { category: ["product"] }, requireOneOf: ["sku", "productId"] }, // R000-4
        {
          when: { category: ["spreadsheet"] },
          requireFile: { field: "attachments", types: fileTypes.spreadsheets },
        }, // R000-5
        { when: { category: ["order"] }, require: ["orderNumber"] }, // R000-6
      ],
    },
    workflow: {
      initial: "open",
      onCreate: [notify("confirmation")], // R000-7
      // R000-8: the statuses the seller sees in "Mis tickets" and in a ticket's detail.
      statuses: {
        open: { category: "open", label: es("Abierto", "Aberto", "Open") },
        waiting: {
          category: "waiting_on_requester",
          label: es("Esperando tu respuesta", "Aguardando sua resposta", "Awaiting your reply"),
          // R000-10: 3 business days to answer, a reminder every business day at 09:00, then closed at the end of the 3rd.
          timers: [
            { name: "auto_close", after: { businessDays: 3, at: "end" }, fire: "close_inactive" },
            {
              name: "reminder",
              every: { businessDays: 1, at: "09:00" },
              effects: [notify("answer_reminder")],
            },
          ],
        },
        rejected: {
          category: "rejected",
          label: es("Rechazado", "Rejeitado", "Rejected"),
          // R000-11: the seller writes in the notes; within the window that reopens the ticket.
          comments: ["requester", "agent", "admin"],
        },
        closed: {
          category: "closed",
          label: es("Cerrado", "Fechado", "Closed"),
          final: true, // R000-12: no reopening, no comments
          onEnter: [notify("closed")],
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
        {
          event: "reject",
          from: "open",
          to: "rejected",
          roles: ["agent"],
          effects: [notify("rejected")],
        },
        // R000-11: the appeal, written in the ticket's notes within 2 business days.
        {
          event: "comment",
          from: "rejected",
          to: "open",
          roles: ["requester"],
          window: { within: { businessDays: 2 } },
        },
        { event: "close_inactive", from: "waiting", to: "closed", roles: ["system"] },
        {
          event: "close",
          from: ["open", "waiting", "rejected"],
          to: "closed",
          roles: ["agent", "admin"],
        },
      ],
    },
    sla: {
      name: "retail-marketplace-cl",
      version: 1,
      metrics: {
        // R000-9: an agent's first response within 48 business hours: a public
        // comment, a request for information or a rejection all answer the seller.
        first_response: {
          targets: [{ within: { hours: 48 } }],
          warnBefore: { hours: 8 },
          start: [{ on: "created" }],
          stop: [
            { on: "comment", roles: ["agent", "admin"], visibility: "public" },
            { on: "event", event: "request_info" },
            { on: "event", event: "reject" },
            { on: "status", enter: ["closed"] },
          ],
        },
      },
    },
    templates: {
      confirmation: {
        subject: es("Caso {id}: {subject}", "Caso {id}: {subject}", "Case {id}: {subject}"),
        body: es(
          "Recibimos tu caso {id}.\nAsunto: {subject}\nDescripción: {description}",
          "Recebemos o seu caso {id}.\nAssunto: {subject}\nDescrição: {description}",
          "We received your case {id}.\nSubject: {subject}\nDescription: {description}",
        ),
      },
      info_requested: {
        subject: es(
          "Caso {id}: necesitamos más información",
          "Caso {id}: precisamos de mais informações",
          "Case {id}: we need more information",
        ),
        body: es(
          "Responde en Seller Help dentro de 3 días hábiles o el caso se cerrará por inactividad.",
          "Responda no Seller Help em até 3 dias úteis ou o caso será fechado por inatividade.",
          "Reply in Seller Help within 3 business days or the case closes for inactivity.",
        ),
      },
      answer_reminder: {
        subject: es(
          "Recordatorio: el caso {id} espera tu respuesta",
          "Lembrete: o caso {id} aguarda sua resposta",
          "Reminder: case {id} awaits your reply",
        ),
        body: es(
          "Responde aquí para continuar con tu caso {id}.",
          "Responda aqui para continuar com o seu caso {id}.",
          "Reply here to go on with your case {id}.",
        ),
      },
      rejected: {
        subject: es("Caso {id} rechazado", "Caso {id} rejeitado", "Case {id} rejected"),
        body: es(
          "Puedes apelar en las notas del caso dentro de 2 días hábiles.",
          "Você pode recorrer nas notas do caso em até 2 dias úteis.",
          "You may appeal in the case's notes within 2 business days.",
        ),
      },
      closed: {
        subject: es("Caso {id} cerrado", "Caso {id} fechado", "Case {id} closed"),
        body: es(
          "Tu caso {id} se cerró; ya no puede reabrirse ni recibir comentarios.",
          "O seu caso {id} foi fechado; não pode ser reaberto nem receber comentários.",
          "Your case {id} is closed; it can no longer be reopened or commented on.",
        ),
      },
    },
    // R000-2: one ticket per case: the same order and reason leads to the open ticket.
    desk: { referenceField: "orderNumber", duplicates: "same_reference_and_reason" },
    rules: {
      "R000-1": "form.requireAll",
      "R000-2": "desk.duplicates",
      "R000-3": "form.fields.attachments.maxFileSize",
      "R000-4": "form.rules[0]",
      "R000-5": "form.rules[1]",
      "R000-6": "form.rules[2]",
      "R000-7": "workflow.onCreate",
      "R000-8": "workflow.statuses",
      "R000-9": "sla.metrics.first_response",
      "R000-10": "workflow.statuses.waiting.timers",
      "R000-11": "workflow.transitions[3].window",
      "R000-12": "workflow.statuses.closed.final",
    },
  }) as const satisfies PresetDefinition)();
