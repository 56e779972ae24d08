import { officeHours, weekdays } from "../calendar/hours.js";
import { MX } from "../holidays/data/MX.js";
import type { PresetDefinition } from "./types.js";

const notify = (template: string) => ({ type: "notify", to: "requester", template }) as const;
const es = (es: string, pt: string, en: string) => ({ es, pt, en });

/**
 * Platform 002, a fulfilment platform's support requests in Mexico (R002-1 …
 * R002-8): a request is opened from an order page (channel `"order_page"`,
 * the order as reference), an inbound-shipment page (`"inbound_shipment_page"`,
 * the shipment as reference) or the help widget (`"widget"`: a reason, and an
 * identifier, inbound shipment or SKU, where the reason needs it); each reason
 * asks for its own information, attachments optional and a failed upload
 * retried without losing the rest; the same reason on the same order leads to
 * the open request; statuses Open, Awaiting your reply and Solved, each
 * notifying the requester unless they opted out; the reference may be filled
 * in later by support; live chat only while the agents' calendar is open.
 * Business time is office hours, Monday to Friday 09:00-18:00 in Mexico City,
 * without Mexican public holidays (LFT art. 74: 16 Sep, the third Monday of
 * November…). Plain data: copy it and change what differs.
 *
 * @example
 * ```ts
 * import { createDesk } from "plazo/desk";
 * import { definePreset, fulfilmentPlatformMX } from "plazo/presets";
 * const preset = definePreset(fulfilmentPlatformMX);
 * const desk = createDesk({ preset });
 * preset.agentCalendar.isOpen(new Date("2025-09-17T17:00:00Z")); // Wed 11:00 in Mexico City: chat offered
 * ```
 */
// Built inside a pure call so that a bundle drops the presets it does not import.
export const fulfilmentPlatformMX = /* @__PURE__ */ (() =>
  ({
    name: "fulfilment-platform-mx",
    description: es(
      "Plataforma de fulfilment (México): solicitudes de soporte",
      "Plataforma de fulfilment (México): solicitações de suporte",
      "Fulfilment platform (Mexico): support requests",
    ),
    locale: "es",
    calendar: {
      timeZone: "America/Mexico_City",
      hours: officeHours,
      holidays: { country: MX },
    },
    // R002-8: live chat is offered only while this calendar is open (agents'
    // shifts, a lunch break from 14:00 to 15:00); e-mail requests always are.
    agentCalendar: {
      timeZone: "America/Mexico_City",
      hours: weekdays("09:00-14:00", "15:00-18:00"),
      holidays: { country: MX },
    },
    form: {
      fields: {
        subject: {
          kind: "text",
          label: es("Asunto", "Assunto", "Subject"),
          required: true,
          max: 150,
        },
        description: {
          kind: "longText",
          label: es("Descripción", "Descrição", "Description"),
          required: true,
          min: 10,
        },
        // R002-3: attachments may be added, of any type (the rules set no limit);
        // a failed upload is a recoverable issue and the rest of the form is kept.
        attachments: {
          kind: "attachments",
          label: es("Archivos adjuntos", "Anexos", "Attachments"),
          required: false,
        },
      },
      // R002-1: the first level is where the request is opened. The order and
      // inbound-shipment pages fix it (and give the reference); the widget's
      // drop-down offers the "general" reasons.
      taxonomy: {
        label: es("Tema", "Tema", "Topic"),
        options: {
          // Order page: channel "order_page", reference = the order.
          order: {
            label: es("Pedido", "Pedido", "Order"),
            children: {
              label: es("Motivo", "Motivo", "Reason"),
              options: {
                // R002-3: each reason asks for its own information.
                not_delivered: {
                  label: es("No entregado", "Não entregue", "Not delivered"),
                  fields: {
                    promisedDate: {
                      kind: "date",
                      label: es(
                        "Fecha de entrega prometida",
                        "Data de entrega prometida",
                        "Promised delivery date",
                      ),
                      required: true,
                    },
                  },
                },
                damaged: {
                  label: es("Llegó dañado", "Chegou danificado", "Arrived damaged"),
                  fields: {
                    damagedUnits: {
                      kind: "number",
                      label: es("Unidades dañadas", "Unidades danificadas", "Damaged units"),
                      required: true,
                      integer: true,
                      min: 1,
                    },
                  },
                },
                wrong_item: {
                  label: es("Producto equivocado", "Produto errado", "Wrong item"),
                  fields: {
                    receivedSku: {
                      kind: "identifier",
                      label: es("SKU recibido", "SKU recebido", "SKU received"),
                      required: true,
                      pattern: "[A-Za-z0-9][A-Za-z0-9._-]{2,39}",
                      example: "SKU-12345",
                    },
                  },
                },
                change_address: {
                  label: es(
                    "Cambiar la dirección de entrega",
                    "Alterar o endereço de entrega",
                    "Change the delivery address",
                  ),
                  fields: {
                    newAddress: {
                      kind: "text",
                      label: es("Nueva dirección", "Novo endereço", "New address"),
                      required: true,
                      min: 10,
                    },
                  },
                },
                other: { label: es("Otro", "Outro", "Other") },
              },
            },
          },
          // Inbound-shipment page: channel "inbound_shipment_page", reference = the shipment.
          inbound_shipment: {
            label: es("Envío entrante", "Envio de entrada", "Inbound shipment"),
            children: {
              label: es("Motivo", "Motivo", "Reason"),
              options: {
                quantity_mismatch: {
                  label: es(
                    "Diferencia de cantidades",
                    "Divergência de quantidades",
                    "Quantity mismatch",
                  ),
                  fields: {
                    expectedUnits: {
                      kind: "number",
                      label: es("Unidades enviadas", "Unidades enviadas", "Units sent"),
                      required: true,
                      integer: true,
                      min: 0,
                    },
                    receivedUnits: {
                      kind: "number",
                      label: es("Unidades recibidas", "Unidades recebidas", "Units received"),
                      required: true,
                      integer: true,
                      min: 0,
                    },
                  },
                },
                damaged_goods: {
                  label: es("Mercancía dañada", "Mercadoria danificada", "Damaged goods"),
                  fields: {
                    damagedBoxes: {
                      kind: "number",
                      label: es("Cajas dañadas", "Caixas danificadas", "Damaged boxes"),
                      required: true,
                      integer: true,
                      min: 1,
                    },
                  },
                },
                late_receipt: {
                  label: es("Recepción demorada", "Recebimento atrasado", "Late receipt"),
                  fields: {
                    deliveredOn: {
                      kind: "date",
                      label: es(
                        "Fecha de entrega en el almacén",
                        "Data de entrega no armazém",
                        "Date delivered to the warehouse",
                      ),
                      required: true,
                    },
                  },
                },
                other: { label: es("Otro", "Outro", "Other") },
              },
            },
          },
          // Widget: channel "widget"; the requester picks the reason and, where it
          // needs one, enters the identifier (inbound shipment or SKU), which
          // becomes the reference (desk.referenceField).
          general: {
            label: es("Consulta general", "Consulta geral", "General request"),
            fields: {
              identifier: {
                kind: "identifier",
                label: es(
                  "Identificador (envío entrante o SKU)",
                  "Identificador (envio de entrada ou SKU)",
                  "Identifier (inbound shipment or SKU)",
                ),
                pattern: "[A-Za-z0-9][A-Za-z0-9._-]{2,39}",
                example: "IS-2025-0042",
              },
            },
            children: {
              label: es("Motivo", "Motivo", "Reason"),
              options: {
                inbound: {
                  label: es("Envío entrante", "Envio de entrada", "Inbound shipment"),
                },
                product: { label: es("Producto (SKU)", "Produto (SKU)", "Product (SKU)") },
                billing: { label: es("Facturación", "Faturamento", "Billing") },
                account: { label: es("Mi cuenta", "Minha conta", "My account") },
                other: { label: es("Otro", "Outro", "Other") },
              },
            },
          },
        },
      },
      rules: [
        // R002-1: the widget's reasons that need an identifier.
        { when: { category: ["general", "inbound"] }, require: ["identifier"] },
        { when: { category: ["general", "product"] }, require: ["identifier"] },
      ],
    },
    workflow: {
      initial: "open",
      // R002-5: support (agents, admins) may fill in the reference later with
      // `set_field`; the requester cannot change it.
      editors: ["agent", "admin", "system"],
      // R002-6: exactly these three statuses. R002-7: entering each one notifies
      // the requester, unless their preferences (desk.optionalNotifications) say no.
      statuses: {
        open: {
          category: "open",
          label: es("Abierta", "Aberta", "Open"),
          onEnter: [notify("request_open")],
        },
        awaiting_reply: {
          category: "waiting_on_requester",
          label: es("Esperando tu respuesta", "Aguardando sua resposta", "Awaiting your reply"),
          onEnter: [notify("request_awaiting_reply")],
        },
        solved: {
          category: "solved",
          label: es("Resuelta", "Resolvida", "Solved"),
          onEnter: [notify("request_solved")],
        },
      },
      transitions: [
        // Support answered and needs the requester.
        { event: "await_reply", from: "open", to: "awaiting_reply", roles: ["agent", "admin"] },
        // The requester's reply puts the request back in support's hands.
        { event: "comment", from: "awaiting_reply", to: "open", roles: ["requester"] },
        {
          event: "solve",
          from: ["open", "awaiting_reply"],
          to: "solved",
          roles: ["agent", "admin"],
        },
        // A reply to a solved request, or support, opens it again.
        { event: "comment", from: "solved", to: "open", roles: ["requester"] },
        { event: "reopen", from: "solved", to: "open", roles: ["agent", "admin"] },
      ],
    },
    templates: {
      request_open: {
        subject: es(
          "Solicitud {id}: {status}",
          "Solicitação {id}: {status}",
          "Request {id}: {status}",
        ),
        body: es(
          "Tu solicitud {id} «{subject}» está {status}: nuestro equipo la está revisando.",
          "A sua solicitação {id} «{subject}» está {status}: a nossa equipe está analisando.",
          "Your request {id} “{subject}” is {status}: our team is looking into it.",
        ),
      },
      request_awaiting_reply: {
        subject: es(
          "Solicitud {id}: {status}",
          "Solicitação {id}: {status}",
          "Request {id}: {status}",
        ),
        body: es(
          "Respondimos a tu solicitud {id} «{subject}» y necesitamos que nos contestes.",
          "Respondemos à sua solicitação {id} «{subject}» e precisamos da sua resposta.",
          "We answered your request {id} “{subject}” and need you to reply.",
        ),
      },
      request_solved: {
        subject: es(
          "Solicitud {id}: {status}",
          "Solicitação {id}: {status}",
          "Request {id}: {status}",
        ),
        body: es(
          "Tu solicitud {id} «{subject}» está {status}. Si algo sigue pendiente, responde para reabrirla.",
          "A sua solicitação {id} «{subject}» está {status}. Se algo continuar pendente, responda para reabri-la.",
          "Your request {id} “{subject}” is {status}. If anything is still pending, reply to reopen it.",
        ),
      },
    },
    desk: {
      // R002-1, R002-4: the widget's identifier is the reference when no page gave one.
      referenceField: "identifier",
      duplicates: "same_reference_and_reason", // R002-2
      optionalNotifications: ["open", "awaiting_reply", "solved"], // R002-7
    },
    rules: {
      "R002-1": "form.taxonomy.options",
      "R002-2": "desk.duplicates",
      "R002-3": "form.fields.attachments",
      "R002-4": "desk.referenceField",
      "R002-5": "workflow.editors",
      "R002-6": "workflow.statuses",
      "R002-7": "desk.optionalNotifications",
      "R002-8": "agentCalendar",
    },
  }) as const satisfies PresetDefinition)();
