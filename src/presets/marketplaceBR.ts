import { officeHours } from "../calendar/hours.js";
import { fileTypes } from "../forms/files.js";
import type { TaxonomyNode } from "../forms/types.js";
import { BR } from "../holidays/data/BR.js";
import type { PresetDefinition } from "./types.js";

const MB = 1_048_576;
const notify = (template: string) => ({ type: "notify", to: "requester", template }) as const;
/** A label with Portuguese first: the platform's users write and read pt. */
const pt = (pt: string, es: string, en: string) => ({ es, pt, en });
/** A theme's second level (R004-1): the sub-theme the partner picks after the theme. */
const subThemes = <O extends Readonly<Record<string, TaxonomyNode>>>(options: O) =>
  ({ label: pt("Subtema", "Subtema", "Sub-theme"), options }) as const;

/**
 * Platform 004, a Brazilian marketplace's Partner Portal (R004-1 … R004-4):
 * a ticket ("chamado") is opened by theme, then sub-theme, then a
 * description, with optional attachments that are images, Excel
 * spreadsheets or Word documents only; the partner follows the answers on
 * the same page filtered by status; answered and closed tickets stay
 * available with every answer and every comment of support. Business time is
 * office hours, 09:00-18:00 Monday to Friday in São Paulo, without Brazil's
 * national holidays nor São Paulo state's (9 July); the first reply is due
 * within 18 business hours (two office days). Carnaval Monday and Tuesday
 * and Corpus Christi are `bank` days in the table, so they count as business
 * days here: a host whose desk closes on them sets
 * `holidays.types: ["public", "bank"]`. Plain data: copy it and change what
 * differs.
 *
 * @example
 * ```ts
 * import { definePreset, marketplaceBR } from "plazo/presets";
 * const preset = definePreset(marketplaceBR);
 * const r = preset.form.parse(
 *   { category: ["financial", "transfer"], description: "O repasse de junho não caiu na conta." },
 *   { locale: "pt" },
 * );
 * ```
 */
// Built inside a pure call so that a bundle drops the presets it does not import.
export const marketplaceBR = /* @__PURE__ */ (() =>
  ({
    name: "marketplace-br",
    description: pt(
      "Marketplace (Brasil): Portal Parceiro",
      "Marketplace (Brasil): Portal del Socio",
      "Marketplace (Brazil): Partner Portal",
    ),
    locale: "pt",
    calendar: {
      timeZone: "America/Sao_Paulo",
      hours: officeHours,
      holidays: { country: BR, subdivision: "SP" },
    },
    form: {
      fields: {
        description: {
          kind: "longText",
          label: pt("Descrição do chamado", "Descripción de la solicitud", "Ticket description"),
          required: true,
          min: 10,
          max: 5000,
        },
        // R004-2: optional files, only images, Excel and Word (a PDF or a CSV is refused).
        attachments: {
          kind: "attachments",
          label: pt("Anexos", "Adjuntos", "Attachments"),
          required: false,
          accept: [...fileTypes.images, ...fileTypes.excel, ...fileTypes.word],
          maxFiles: 5,
          maxTotalSize: 10 * MB,
        },
      },
      // R004-1: the nine themes of the article, each with its sub-themes (R004-2: theme -> sub-theme).
      taxonomy: {
        label: pt("Tema", "Tema", "Theme"),
        options: {
          product_registration: {
            label: pt("Cadastro de produtos", "Registro de productos", "Product registration"),
            children: subThemes({
              new_product: {
                label: pt("Cadastro de novo produto", "Alta de producto nuevo", "New product"),
              },
              product_change: {
                label: pt("Alteração de produto", "Modificación de producto", "Product change"),
              },
              bulk_upload: {
                label: pt("Carga em massa (planilha)", "Carga masiva (planilla)", "Bulk upload"),
              },
              rejected_product: {
                label: pt("Produto reprovado", "Producto rechazado", "Product rejected"),
              },
            }),
          },
          site_exposure: {
            label: pt("Exposição nos sites", "Exposición en los sitios", "Site exposure"),
            children: subThemes({
              not_visible: {
                label: pt(
                  "Produto não aparece no site",
                  "El producto no aparece en el sitio",
                  "Product not shown on the site",
                ),
              },
              search: {
                label: pt("Busca e posicionamento", "Búsqueda y posicionamiento", "Search ranking"),
              },
              price_stock_display: {
                label: pt(
                  "Preço ou estoque exibido errado",
                  "Precio o stock mostrado con error",
                  "Wrong price or stock shown",
                ),
              },
            }),
          },
          sales_procedures: {
            label: pt("Procedimentos de venda", "Procedimientos de venta", "Sales procedures"),
            children: subThemes({
              orders: { label: pt("Pedidos", "Pedidos", "Orders") },
              invoicing: {
                label: pt("Faturamento e nota fiscal", "Facturación", "Invoicing"),
              },
              cancellation_return: {
                label: pt(
                  "Cancelamento e devolução",
                  "Cancelación y devolución",
                  "Cancellation and return",
                ),
              },
            }),
          },
          financial: {
            label: pt("Financeiro", "Financiero", "Financial"),
            children: subThemes({
              transfer: { label: pt("Repasse", "Transferencia", "Payout") },
              commissions: {
                label: pt("Comissões e tarifas", "Comisiones y tarifas", "Commissions and fees"),
              },
              statement: { label: pt("Extrato", "Estado de cuenta", "Statement") },
            }),
          },
          integration: {
            label: pt("Integração", "Integración", "Integration"),
            children: subThemes({
              api: { label: "API" },
              integrator: {
                label: pt("Plataforma integradora", "Plataforma integradora", "Integration hub"),
              },
              sync: {
                label: pt(
                  "Sincronização de preço e estoque",
                  "Sincronización de precio y stock",
                  "Price and stock sync",
                ),
              },
            }),
          },
          promotions: {
            label: pt("Promoções", "Promociones", "Promotions"),
            children: subThemes({
              campaigns: {
                label: pt("Participação em campanhas", "Participación en campañas", "Campaigns"),
              },
              coupons: { label: pt("Cupons de desconto", "Cupones de descuento", "Coupons") },
              promotional_price: {
                label: pt("Preço promocional", "Precio promocional", "Promotional price"),
              },
            }),
          },
          portal_functioning: {
            label: pt(
              "Funcionamento do Portal Parceiro",
              "Funcionamiento del Portal del Socio",
              "Partner Portal functioning",
            ),
            children: subThemes({
              access: { label: pt("Acesso e senha", "Acceso y contraseña", "Access and password") },
              users: {
                label: pt("Usuários e permissões", "Usuarios y permisos", "Users and permissions"),
              },
              portal_error: { label: pt("Erro no portal", "Error en el portal", "Portal error") },
            }),
          },
          delivery_service: {
            label: pt("Serviço de entrega", "Servicio de entrega", "Delivery service"),
            children: subThemes({
              late: { label: pt("Atraso na entrega", "Retraso en la entrega", "Late delivery") },
              lost: { label: pt("Extravio", "Extravío", "Lost parcel") },
              label_pickup: {
                label: pt("Etiqueta e coleta", "Etiqueta y retiro", "Label and pickup"),
              },
              freight: { label: pt("Frete", "Flete", "Freight") },
            }),
          },
          general_questions: {
            label: pt("Dúvidas gerais", "Dudas generales", "General questions"),
            children: subThemes({
              getting_started: {
                label: pt("Como começar a vender", "Cómo empezar a vender", "Getting started"),
              },
              training: { label: pt("Treinamentos", "Capacitaciones", "Training") },
              faq: {
                label: pt(
                  "Dúvida não respondida na FAQ",
                  "Duda no respondida en las FAQ",
                  "Question not answered in the FAQ",
                ),
              },
              other: { label: pt("Outros assuntos", "Otros temas", "Other") },
            }),
          },
        },
      },
    },
    workflow: {
      initial: "open",
      onCreate: [notify("confirmation")],
      // R004-3: the statuses the partner filters the tickets page by.
      statuses: {
        open: { category: "open", label: pt("Aberto", "Abierto", "Open") },
        waiting: {
          category: "waiting_on_requester",
          label: pt("Aguardando sua resposta", "Esperando tu respuesta", "Awaiting your reply"),
          // A reminder after 2 business days; closed for inactivity after 5.
          timers: [
            { name: "reminder", after: { businessDays: 2 }, effects: [notify("answer_reminder")] },
            { name: "auto_close", after: { businessDays: 5 }, fire: "close_inactive" },
          ],
        },
        answered: {
          category: "solved",
          label: pt("Respondido", "Respondido", "Answered"),
          // Closed (moved to "Chamados antigos") 5 business days after the answer.
          timers: [{ name: "auto_close", after: { businessDays: 5 }, fire: "close" }],
        },
        // R004-4: "Chamados antigos". Final, so nothing changes any more; the
        // store keeps every event (answers, public and internal comments).
        closed: {
          category: "closed",
          label: pt("Fechado", "Cerrado", "Closed"),
          final: true,
          onEnter: [notify("closed")],
        },
      },
      transitions: [
        {
          event: "answer",
          from: "open",
          to: "answered",
          roles: ["agent"],
          effects: [notify("answered")],
        },
        {
          event: "request_info",
          from: "open",
          to: "waiting",
          roles: ["agent"],
          effects: [notify("info_requested")],
        },
        { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
        // The partner's reply to an answer reopens the ticket within 5 business days.
        {
          event: "comment",
          from: "answered",
          to: "open",
          roles: ["requester"],
          window: { within: { businessDays: 5 } },
        },
        { event: "close_inactive", from: "waiting", to: "closed", roles: ["system"] },
        {
          event: "close",
          from: ["open", "waiting", "answered"],
          to: "closed",
          roles: ["agent", "admin", "system"],
        },
      ],
    },
    sla: {
      name: "marketplace-br",
      version: 1,
      // The first reply within 18 business hours (two office days in São Paulo).
      metrics: { first_reply: { targets: [{ within: { hours: 18 } }], warnBefore: { hours: 3 } } },
    },
    templates: {
      confirmation: {
        subject: pt("Chamado {id} aberto", "Solicitud {id} abierta", "Ticket {id} opened"),
        body: pt(
          "Recebemos o seu chamado {id} ({status}).\nDescrição: {description}\nAcompanhe em Ajuda > Meus chamados.",
          "Recibimos tu solicitud {id} ({status}).\nDescripción: {description}\nSíguela en Ayuda > Mis solicitudes.",
          "We received your ticket {id} ({status}).\nDescription: {description}\nFollow it in Help > My tickets.",
        ),
      },
      answered: {
        subject: pt("Chamado {id} respondido", "Solicitud {id} respondida", "Ticket {id} answered"),
        body: pt(
          "O suporte respondeu ao seu chamado {id}. Se precisar, responda em até 5 dias úteis.",
          "Soporte respondió tu solicitud {id}. Si lo necesitas, responde dentro de 5 días hábiles.",
          "Support answered your ticket {id}. Reply within 5 business days if you need to.",
        ),
      },
      info_requested: {
        subject: pt(
          "Chamado {id}: precisamos de mais informações",
          "Solicitud {id}: necesitamos más información",
          "Ticket {id}: we need more information",
        ),
        body: pt(
          "Responda no Portal Parceiro em até 5 dias úteis ou o chamado será fechado.",
          "Responde en el Portal del Socio dentro de 5 días hábiles o la solicitud se cerrará.",
          "Reply in the Partner Portal within 5 business days or the ticket closes.",
        ),
      },
      answer_reminder: {
        subject: pt(
          "Lembrete: o chamado {id} aguarda sua resposta",
          "Recordatorio: la solicitud {id} espera tu respuesta",
          "Reminder: ticket {id} awaits your reply",
        ),
        body: pt(
          "Status: {status}. Responda no Portal Parceiro para continuar.",
          "Estado: {status}. Responde en el Portal del Socio para continuar.",
          "Status: {status}. Reply in the Partner Portal to go on.",
        ),
      },
      closed: {
        subject: pt("Chamado {id} fechado", "Solicitud {id} cerrada", "Ticket {id} closed"),
        body: pt(
          "O chamado {id} está em Chamados antigos, com todas as respostas e comentários do suporte.",
          "La solicitud {id} está en Solicitudes antiguas, con todas las respuestas y comentarios de soporte.",
          "Ticket {id} is in Old tickets, with every answer and comment from support.",
        ),
      },
    },
    rules: {
      "R004-1": "form.taxonomy",
      "R004-2": "form.fields.attachments.accept",
      "R004-3": "workflow.statuses",
      "R004-4": "workflow.statuses.closed",
    },
  }) as const satisfies PresetDefinition)();
