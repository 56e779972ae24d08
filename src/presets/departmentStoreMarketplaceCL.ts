import { officeHours } from "../calendar/hours.js";
import { fileTypes } from "../forms/files.js";
import { CL } from "../holidays/data/CL.js";
import type { PresetDefinition } from "./types.js";

const MB = 1_048_576;
const notify = (template: string) => ({ type: "notify", to: "requester", template }) as const;
const es = (es: string, pt: string, en: string) => ({ es, pt, en });
const cause = es("Causa", "Causa", "Cause");
const area = es("Área / Proceso", "Área / Processo", "Area / Process");

/**
 * Platform 001, a department-store marketplace's Seller Center in Chile
 * (R001-1 … R001-6): a case is classified in three dependent levels, record
 * type → area/process → cause, and the path decides the required fields; once
 * complete, a summary shows the reason and the case number; four indicators
 * (pending tasks, open, closed, all) come from the status categories; each
 * case shows an estimated time to resolution (its `resolution` SLA metric,
 * paused while the case waits on the seller); the seller is e-mailed when a
 * case gets a pending task; closed cases keep their whole history. Business
 * time is office hours, Monday to Friday 09:00-18:00 in Santiago, without
 * Chilean holidays. The article gives no resolution times: 5 business days
 * for a claim and 3 for anything else are this preset's choice. Plain data:
 * copy it and change what differs.
 *
 * @example
 * ```ts
 * import { definePreset, departmentStoreMarketplaceCL } from "plazo/presets";
 * import { estimateResolution } from "plazo/sla";
 * const preset = definePreset(departmentStoreMarketplaceCL);
 * const r = preset.form.parse(body, { locale: "es" });
 * if (r.ok) preset.form.summarize(r.value).reason; // ["Reclamo", "Logística", "Producto dañado"]
 * estimateResolution(preset.workflow.sla!, { category: ["claim"] }, now); // now: the request's time; { at, basis: "new" }
 * ```
 */
// Built inside a pure call so that a bundle drops the presets it does not import.
export const departmentStoreMarketplaceCL = /* @__PURE__ */ (() =>
  ({
    name: "department-store-marketplace-cl",
    description: es(
      "Marketplace de tienda por departamentos (Chile): Seller Center",
      "Marketplace de loja de departamentos (Chile): Seller Center",
      "Department-store marketplace (Chile): Seller Center",
    ),
    locale: "es",
    calendar: { timeZone: "America/Santiago", hours: officeHours, holidays: { country: CL } },
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
        attachments: {
          kind: "attachments",
          label: es("Archivos", "Arquivos", "Files"),
          maxFileSize: 10 * MB,
          maxFiles: 10,
        },
      },
      // R001-1: record type (the case's reason) -> area/process -> cause; every
      // node on the chosen path adds its fields, so the path decides what is required.
      taxonomy: {
        label: es("Tipo de registro", "Tipo de registro", "Record type"),
        options: {
          claim: {
            label: es("Reclamo", "Reclamação", "Claim"),
            children: {
              label: area,
              options: {
                logistics: {
                  label: es("Logística", "Logística", "Logistics"),
                  fields: {
                    orderNumber: {
                      kind: "identifier",
                      label: es("Número de orden", "Número do pedido", "Order number"),
                      pattern: "[0-9]{8,12}",
                      example: "3001234567",
                      required: true,
                    },
                  },
                  children: {
                    label: cause,
                    options: {
                      late_pickup: {
                        label: es("Retiro atrasado", "Coleta atrasada", "Late pickup"),
                        fields: {
                          pickupDate: {
                            kind: "date",
                            label: es("Fecha de retiro agendada", "Data de coleta", "Pickup date"),
                            required: true,
                          },
                        },
                      },
                      damaged: {
                        label: es("Producto dañado", "Produto danificado", "Damaged product"),
                        fields: {
                          photos: {
                            kind: "attachments",
                            label: es("Fotos del daño", "Fotos do dano", "Photos of the damage"),
                            accept: fileTypes.images,
                            maxFileSize: 10 * MB,
                            required: true,
                          },
                        },
                      },
                    },
                  },
                },
                payments: {
                  label: es("Pagos y liquidaciones", "Pagamentos e repasses", "Payments"),
                  children: {
                    label: cause,
                    options: {
                      missing_payment: {
                        label: es("Pago no recibido", "Pagamento não recebido", "Payment missing"),
                        fields: {
                          settlementDate: {
                            kind: "date",
                            label: es("Fecha de liquidación", "Data do repasse", "Settlement date"),
                            required: true,
                          },
                          amount: {
                            kind: "number",
                            label: es("Monto (CLP)", "Valor (CLP)", "Amount (CLP)"),
                            min: 1,
                            integer: true,
                            required: true,
                          },
                        },
                      },
                      wrong_commission: {
                        label: es("Comisión mal cobrada", "Comissão incorreta", "Wrong commission"),
                        fields: {
                          invoiceNumber: {
                            kind: "identifier",
                            label: es("Número de factura", "Número da fatura", "Invoice number"),
                            pattern: "[0-9]{1,10}",
                            example: "184503",
                            required: true,
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          request: {
            label: es("Solicitud", "Solicitação", "Request"),
            children: {
              label: area,
              options: {
                catalog: {
                  label: es("Catálogo", "Catálogo", "Catalogue"),
                  children: {
                    label: cause,
                    options: {
                      bulk_upload: {
                        label: es("Carga masiva", "Carga em massa", "Bulk upload"),
                      },
                      product_edit: {
                        label: es("Edición de producto", "Edição de produto", "Product edit"),
                        fields: {
                          sku: {
                            kind: "identifier",
                            label: "SKU",
                            pattern: "[A-Za-z0-9-]{4,30}",
                            example: "SKU-12345",
                            required: true,
                          },
                        },
                      },
                    },
                  },
                },
                account: {
                  label: es("Cuenta", "Conta", "Account"),
                  children: {
                    label: cause,
                    options: {
                      user_access: {
                        label: es("Acceso de usuarios", "Acesso de usuários", "User access"),
                        fields: {
                          userEmail: {
                            kind: "email",
                            label: es("Correo del usuario", "E-mail do usuário", "User's e-mail"),
                            required: true,
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          question: {
            label: es("Consulta", "Dúvida", "Question"),
            children: {
              label: area,
              options: {
                general: {
                  label: es("General", "Geral", "General"),
                  children: {
                    label: cause,
                    options: { other: { label: es("Otro", "Outro", "Other") } },
                  },
                },
              },
            },
          },
        },
      },
      rules: [
        // R001-1: a bulk upload case carries the spreadsheet.
        {
          when: { category: ["request", "catalog", "bulk_upload"] },
          requireFile: { field: "attachments", types: fileTypes.spreadsheets },
        },
      ],
    },
    workflow: {
      initial: "new",
      // R001-2: the summary sheet: the case number ({id}) beside the reason, whose
      // labels form.summarize(value) reads from the taxonomy above.
      onCreate: [notify("case_created")],
      // R001-3: the indicators count these categories: waiting_on_requester is
      // "pending tasks"; new, open and waiting_on_requester are "open"; closed is "closed".
      statuses: {
        new: { category: "new", label: es("Nuevo", "Novo", "New") },
        in_progress: { category: "open", label: es("En curso", "Em andamento", "In progress") },
        pending_task: {
          category: "waiting_on_requester",
          label: es("Tarea pendiente", "Tarefa pendente", "Pending task"),
          onEnter: [notify("pending_task")], // R001-5: the seller is e-mailed the pending task
        },
        // R001-6: a closed case is final: nothing rewrites its history, which stays readable.
        closed: {
          category: "closed",
          label: es("Cerrado", "Fechado", "Closed"),
          final: true,
          onEnter: [notify("case_closed")],
        },
      },
      transitions: [
        { event: "take", from: "new", to: "in_progress", roles: ["agent", "admin"] },
        {
          event: "request_info",
          from: ["new", "in_progress"],
          to: "pending_task",
          roles: ["agent", "admin"],
        },
        // The seller's answer completes the task and gives the case back to the team.
        { event: "comment", from: "pending_task", to: "in_progress", roles: ["requester"] },
        {
          event: "resolve",
          from: ["new", "in_progress", "pending_task"],
          to: "closed",
          roles: ["agent", "admin"],
        },
      ],
    },
    sla: {
      name: "department-store-marketplace-cl",
      version: 1,
      metrics: {
        // R001-4: the estimated time to resolution (estimateResolution), on office
        // hours; it pauses while the case waits on the seller (the default pauseOn).
        resolution: {
          targets: [
            { category: ["claim"], within: { businessDays: 5 } },
            { within: { businessDays: 3 } },
          ],
        },
      },
    },
    templates: {
      case_created: {
        subject: es("Caso {id}: {subject}", "Caso {id}: {subject}", "Case {id}: {subject}"),
        body: es(
          "Creamos tu caso {id} ({status}).\nAsunto: {subject}\nDescripción: {description}",
          "Criamos o seu caso {id} ({status}).\nAssunto: {subject}\nDescrição: {description}",
          "We opened your case {id} ({status}).\nSubject: {subject}\nDescription: {description}",
        ),
      },
      pending_task: {
        subject: es(
          "Caso {id}: tienes una tarea pendiente",
          "Caso {id}: você tem uma tarefa pendente",
          "Case {id}: you have a pending task",
        ),
        body: es(
          "Tu caso {id} ({subject}) espera información de tu parte para avanzar. Respóndelo en el Centro de soporte.",
          "O seu caso {id} ({subject}) aguarda informações suas para avançar. Responda na Central de suporte.",
          "Your case {id} ({subject}) needs information from you to go on. Answer it in the Support centre.",
        ),
      },
      case_closed: {
        subject: es("Caso {id} cerrado", "Caso {id} fechado", "Case {id} closed"),
        body: es(
          "Tu caso {id} ({subject}) quedó en estado {status}. Su historial sigue disponible.",
          "O seu caso {id} ({subject}) ficou no status {status}. O histórico continua disponível.",
          "Your case {id} ({subject}) is now {status}. Its history stays available.",
        ),
      },
    },
    desk: { referenceField: "orderNumber" },
    rules: {
      "R001-1": "form.taxonomy",
      "R001-2": "workflow.onCreate",
      "R001-3": "workflow.statuses",
      "R001-4": "sla.metrics.resolution",
      "R001-5": "workflow.statuses.pending_task.onEnter",
      "R001-6": "workflow.statuses.closed.final",
    },
  }) as const satisfies PresetDefinition)();
