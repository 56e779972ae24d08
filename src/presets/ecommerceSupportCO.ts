import { officeHours } from "../calendar/hours.js";
import { CO } from "../holidays/data/CO.js";
import type { PresetDefinition } from "./types.js";

const notify = (template: string) => ({ type: "notify", to: "requester", template }) as const;
const es = (es: string, pt: string, en: string) => ({ es, pt, en });
/** "Describa en detalle lo sucedido": the technical and the financial forms ask for it. */
const details = () =>
  ({
    kind: "longText",
    label: es(
      "Describa en detalle lo sucedido",
      "Descreva em detalhes o ocorrido",
      "Describe in detail what happened",
    ),
    required: true,
    min: 20,
    max: 10_000,
  }) as const;

/**
 * Platform 003, an e-commerce platform's support portal, on Colombian office
 * hours (R003-1 … R003-10): the requester's name and account (the account is
 * the ticket's tenant); technical, financial and commercial requests, each
 * with its own form; a technical ticket's priority from its impact and
 * affected users, and that priority sets the first-reply target; statuses
 * Open, Awaiting response, Solved and Closed; a solved ticket reopens on a
 * reply within 27 business hours and closes by itself after that, for good;
 * a satisfaction survey on solving. Business time is 09:00-18:00, Monday to
 * Friday, in Bogotá, without Colombian holidays (many of which move to a
 * Monday: Asunción 2025 is Monday 18 August). Plain data: copy it and change
 * what differs.
 *
 * @example
 * ```ts
 * import { definePreset, ecommerceSupportCO } from "plazo/presets";
 * const preset = definePreset(ecommerceSupportCO);
 * const r = preset.form.parse(body, { locale: "es" });
 * if (r.ok) {
 *   const { category, ...fields } = r.value;
 *   // R003-1: the account is the ticket's tenant; R003-4: fields.priority drives the SLA.
 *   preset.workflow.create({ at, actor, id: "T-1", tenant: r.value.account, category, fields });
 * }
 * ```
 */
// Built inside a pure call so that a bundle drops the presets it does not import.
export const ecommerceSupportCO = /* @__PURE__ */ (() =>
  ({
    name: "ecommerce-support-co",
    description: es(
      "Plataforma de e-commerce (Colombia): portal de soporte",
      "Plataforma de e-commerce (Colômbia): portal de suporte",
      "E-commerce platform (Colombia): support portal",
    ),
    locale: "es",
    calendar: { timeZone: "America/Bogota", hours: officeHours, holidays: { country: CO } },
    form: {
      // R003-1: the requester's name and the account (store) the ticket belongs to;
      // the host opens the ticket with `tenant: value.account`.
      fields: {
        name: {
          kind: "text",
          label: es("Nombre y apellido", "Nome e sobrenome", "First and last name"),
          required: true,
          min: 2,
          max: 120,
        },
        account: {
          kind: "identifier",
          label: es("Cuenta", "Conta", "Account"),
          pattern: "[a-z0-9][a-z0-9-]{1,39}",
          example: "mitienda",
          required: true,
        },
      },
      // R003-2: three request types, each with its own form.
      taxonomy: {
        label: es("¿Qué necesitas?", "Do que você precisa?", "What do you need?"),
        options: {
          technical: {
            label: es("Técnico", "Técnico", "Technical"),
            // R003-3: the technical form.
            fields: {
              problemType: {
                kind: "choice",
                required: true,
                label: es("Tipo de problema", "Tipo de problema", "Problem type"),
                options: {
                  malfunction: es(
                    "La tienda enfrenta un problema o comportamiento inesperado",
                    "A loja enfrenta um problema ou comportamento inesperado",
                    "The store has a problem or unexpected behaviour",
                  ),
                  question: es(
                    "Tengo una duda y quisiera hacer una pregunta",
                    "Tenho uma dúvida e gostaria de fazer uma pergunta",
                    "I have a question",
                  ),
                  configuration: es(
                    "Quisiera solicitar una configuración",
                    "Gostaria de solicitar uma configuração",
                    "I would like to request a configuration",
                  ),
                },
              },
              subject: {
                kind: "text",
                required: true,
                label: es("Asunto de la solicitud", "Assunto da solicitação", "Subject"),
                min: 5,
                max: 150,
              },
              impact: {
                kind: "choice",
                required: true,
                label: es("Impacto del problema", "Impacto do problema", "Impact"),
                options: {
                  auxiliary: es(
                    "Comportamiento inesperado en los recursos auxiliares de la tienda",
                    "Comportamento inesperado nos recursos auxiliares da loja",
                    "Unexpected behaviour in the store's auxiliary features",
                  ),
                  important: es(
                    "Comportamiento inesperado en los recursos importantes de la tienda",
                    "Comportamento inesperado nos recursos importantes da loja",
                    "Unexpected behaviour in the store's important features",
                  ),
                  critical: es(
                    "Comportamiento inesperado en los recursos críticos de la tienda",
                    "Comportamento inesperado nos recursos críticos da loja",
                    "Unexpected behaviour in the store's critical features",
                  ),
                },
              },
              affectedUsers: {
                kind: "choice",
                required: true,
                label: es(
                  "Usuarios afectados por el problema",
                  "Usuários afetados pelo problema",
                  "Users affected",
                ),
                options: {
                  admins: es(
                    "Usuarios del panel administrativo",
                    "Usuários do painel administrativo",
                    "Admin panel users",
                  ),
                  shoppers: es(
                    "Compradores, consumidores o usuarios finales",
                    "Compradores, consumidores ou usuários finais",
                    "Shoppers, consumers or end users",
                  ),
                  all: es("Todos los usuarios", "Todos os usuários", "All users"),
                },
              },
              experience: {
                kind: "choice",
                required: true,
                label: es(
                  "Su experiencia en la plataforma",
                  "Sua experiência na plataforma",
                  "Your experience with the platform",
                ),
                options: {
                  learning: es(
                    "Conozco los recursos básicos. Estoy aprendiendo",
                    "Conheço os recursos básicos. Estou aprendendo",
                    "I know the basics. I am learning",
                  ),
                  proficient: es(
                    "Sé todo lo que necesito para hacer bien mi trabajo",
                    "Sei tudo o que preciso para fazer bem o meu trabalho",
                    "I know all I need to do my job well",
                  ),
                  advanced: es(
                    "Tengo experiencia, conozco recursos avanzados",
                    "Tenho experiência, conheço recursos avançados",
                    "I am experienced and know advanced features",
                  ),
                },
              },
              description: details(),
              // R003-3: files of any type.
              attachments: {
                kind: "attachments",
                label: es("Elija un archivo", "Escolha um arquivo", "Choose a file"),
                accept: "any",
              },
              // R003-3: consent to share the solution anonymously, checked by default.
              shareSolution: {
                kind: "boolean",
                label: es(
                  "Acepto que la solución de mi problema/duda se comparta de manera anónima",
                  "Aceito que a solução do meu problema/dúvida seja compartilhada de forma anônima",
                  "I agree that the solution to my problem/question is shared anonymously",
                ),
                default: true,
              },
            },
          },
          financial: {
            label: es("Financiero", "Financeiro", "Financial"),
            fields: {
              // R003-5: the subject from a fixed list of 12 options.
              financialSubject: {
                kind: "choice",
                required: true,
                label: es("Asunto de la solicitud", "Assunto da solicitação", "Subject"),
                options: {
                  admin_blocked: es("Admin bloqueado", "Admin bloqueado", "Admin blocked"),
                  late_payment_alert: es(
                    "Alerta de retraso en el Admin",
                    "Alerta de atraso no Admin",
                    "Late payment alert in the Admin",
                  ),
                  payment_proof: es(
                    "Envío de comprobante de pago",
                    "Envio de comprovante de pagamento",
                    "Sending a proof of payment",
                  ),
                  invoice_issue: es(
                    "Problemas al recibir o conciliar el boleto y/o factura",
                    "Problemas para receber ou conciliar o boleto e/ou nota fiscal",
                    "Problems receiving or reconciling the bank slip and/or invoice",
                  ),
                  billing_question: es(
                    "Dudas sobre el valor, el cálculo y otras informaciones de cobranzas",
                    "Dúvidas sobre o valor, o cálculo e outras informações de cobrança",
                    "Questions about the amount, the calculation and other billing details",
                  ),
                  contract_migration: es(
                    "Migración del modelo de contrato",
                    "Migração do modelo de contrato",
                    "Contract model migration",
                  ),
                  tax_id_change: es(
                    "Modificación del nro. de registro de persona jurídica - Transferencia de responsabilidad contractual",
                    "Alteração do CNPJ - Transferência de responsabilidade contratual",
                    "Change of company registration number - Transfer of contractual responsibility",
                  ),
                  invoice_recipients: es(
                    "Modificación de los destinatarios de las facturas",
                    "Alteração dos destinatários das notas fiscais",
                    "Change of invoice recipients",
                  ),
                  registration_data: es(
                    "Modificación de los datos de registro",
                    "Alteração dos dados cadastrais",
                    "Change of registration data",
                  ),
                  termination: es(
                    "Rescisión del contrato",
                    "Rescisão do contrato",
                    "Contract termination",
                  ),
                  due_date_change: es(
                    "Cambio del vencimiento mensual de la factura",
                    "Alteração do vencimento mensal da fatura",
                    "Change of the invoice's monthly due date",
                  ),
                  partner: es(
                    "Partner de la plataforma",
                    "Parceiro da plataforma",
                    "Platform partner",
                  ),
                },
              },
              financialDescription: details(),
            },
          },
          commercial: {
            label: es("Comercial", "Comercial", "Commercial"),
            // R003-6: the request type from a fixed list of 5; each asks for its own fields.
            children: {
              label: es("Tipo de solicitud", "Tipo de solicitação", "Request type"),
              options: {
                trade_policy: {
                  label: es(
                    "Nueva Política Comercial",
                    "Nova Política Comercial",
                    "New trade policy",
                  ),
                  fields: {
                    policyName: {
                      kind: "text",
                      required: true,
                      label: es("Nombre de la política", "Nome da política", "Policy name"),
                      max: 100,
                    },
                    policyPurpose: {
                      kind: "longText",
                      required: true,
                      label: es(
                        "Para qué se usará la política",
                        "Para que a política será usada",
                        "What the policy is for",
                      ),
                      min: 10,
                    },
                  },
                },
                white_label: {
                  label: es("Nuevo White Label", "Novo White Label", "New white label seller"),
                  fields: {
                    sellerName: {
                      kind: "text",
                      required: true,
                      label: es("Nombre del seller", "Nome do seller", "Seller name"),
                      max: 120,
                    },
                    sellerAccount: {
                      kind: "identifier",
                      required: true,
                      label: es("Cuenta del seller", "Conta do seller", "Seller account"),
                      pattern: "[a-z0-9][a-z0-9-]{1,39}",
                      example: "mitiendaseller",
                    },
                  },
                },
                seller_environment: {
                  label: es(
                    "Nuevo Ambiente Seller",
                    "Novo Ambiente Seller",
                    "New seller environment",
                  ),
                  fields: {
                    sellerEnvironment: {
                      kind: "identifier",
                      required: true,
                      label: es(
                        "Nombre del ambiente seller",
                        "Nome do ambiente seller",
                        "Seller environment name",
                      ),
                      pattern: "[a-z0-9]{3,30}",
                      example: "mitiendaco",
                    },
                  },
                },
                additional_environment: {
                  label: es(
                    "Nuevo Ambiente Adicional",
                    "Novo Ambiente Adicional",
                    "New additional environment",
                  ),
                  fields: {
                    environmentName: {
                      kind: "identifier",
                      required: true,
                      label: es("Nombre del ambiente", "Nome do ambiente", "Environment name"),
                      pattern: "[a-z0-9]{3,30}",
                      example: "mitiendaqa",
                    },
                    environmentPurpose: {
                      kind: "longText",
                      required: true,
                      label: es("Finalidad del ambiente", "Finalidade do ambiente", "Purpose"),
                      min: 10,
                    },
                  },
                },
                master_admin_change: {
                  label: es(
                    "Cambio de Master Admin",
                    "Troca de Master Admin",
                    "Master Admin change",
                  ),
                  fields: {
                    newMasterAdminName: {
                      kind: "text",
                      required: true,
                      label: es(
                        "Nombre del nuevo Master Admin",
                        "Nome do novo Master Admin",
                        "New Master Admin's name",
                      ),
                    },
                    newMasterAdminEmail: {
                      kind: "email",
                      required: true,
                      label: es(
                        "Email del nuevo Master Admin",
                        "E-mail do novo Master Admin",
                        "New Master Admin's e-mail",
                      ),
                    },
                  },
                },
              },
            },
          },
        },
      },
      // R003-4: impact × affected users decide the priority, written to the value's
      // `priority`; the host keeps it in the ticket's fields, where `sla.priority.field` reads it.
      priority: {
        from: ["impact", "affectedUsers"],
        table: {
          critical: { all: "urgent", shoppers: "urgent", admins: "high" },
          important: { all: "high", shoppers: "high", admins: "normal" },
          auxiliary: { all: "normal", shoppers: "normal", admins: "low" },
        },
      },
    },
    workflow: {
      initial: "open", // R003-8: a new ticket shows as Open
      // R003-7: the history page filters by these statuses (and searches by ticket ID).
      statuses: {
        open: { category: "open", label: es("Abierto", "Aberto", "Open") },
        awaiting: {
          category: "waiting_on_requester",
          label: es("Esperando respuesta", "Aguardando resposta", "Awaiting response"),
        },
        solved: {
          category: "solved",
          label: es("Resuelto", "Resolvido", "Solved"),
          comments: ["requester", "agent", "admin"],
          // R003-10: a satisfaction survey each time the ticket is solved, by agent or requester.
          onEnter: [
            notify("solved"),
            { type: "send_survey", to: "requester", template: "satisfaction_survey" },
          ],
          // R003-9: 27 business hours after solving, the ticket closes by itself.
          timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close" }],
        },
        closed: {
          category: "closed",
          label: es("Cerrado", "Fechado", "Closed"),
          final: true, // R003-9: a closed ticket never reopens
        },
      },
      transitions: [
        {
          event: "ask",
          from: "open",
          to: "awaiting",
          roles: ["agent"],
          effects: [notify("awaiting_response")],
        },
        { event: "comment", from: "awaiting", to: "open", roles: ["requester"] },
        // R003-8: solved by the agent or by the requester.
        {
          event: "solve",
          from: ["open", "awaiting"],
          to: "solved",
          roles: ["agent", "admin", "requester"],
        },
        // R003-9: the requester's reply within 27 business hours reopens it.
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
    sla: {
      name: "ecommerce-support-co",
      version: 1,
      // R003-4: the form's priority picks the first-reply target. The article gives
      // no figures: these are business hours on the 09:00-18:00 calendar, for a host to tune.
      priority: {
        field: "priority",
        values: ["low", "normal", "high", "urgent"],
        default: "normal",
      },
      metrics: {
        first_reply: {
          targets: [
            { priority: "urgent", within: { hours: 2 } },
            { priority: "high", within: { hours: 4 } },
            { priority: "normal", within: { hours: 9 } },
            { priority: "low", within: { hours: 18 } },
          ],
          warnBefore: { minutes: 30 },
        },
      },
    },
    templates: {
      awaiting_response: {
        subject: es(
          "Ticket {id}: esperamos tu respuesta",
          "Ticket {id}: aguardamos sua resposta",
          "Ticket {id}: awaiting your response",
        ),
        body: es(
          "Hola, {name}: para seguir con el ticket {id} de la cuenta {account} necesitamos más información. Responde a este email o en el Historial de solicitudes.",
          "Olá, {name}: para continuar com o ticket {id} da conta {account} precisamos de mais informações. Responda a este e-mail ou no Histórico de solicitações.",
          "Hi {name}: to go on with ticket {id} of account {account} we need more information. Reply to this e-mail or in the request history.",
        ),
      },
      solved: {
        subject: es("Ticket {id}: {status}", "Ticket {id}: {status}", "Ticket {id}: {status}"),
        body: es(
          "Hola, {name}: el ticket {id} de la cuenta {account} está resuelto. Si el problema sigue, responde dentro de 27 horas hábiles y lo reabriremos; después se cerrará y no podrá reabrirse.",
          "Olá, {name}: o ticket {id} da conta {account} está resolvido. Se o problema continuar, responda em até 27 horas úteis e o reabriremos; depois ele será fechado e não poderá ser reaberto.",
          "Hi {name}: ticket {id} of account {account} is solved. If the problem persists, reply within 27 business hours and we will reopen it; after that it closes and cannot be reopened.",
        ),
      },
      satisfaction_survey: {
        subject: es(
          "¿Cómo fue la atención del ticket {id}?",
          "Como foi o atendimento do ticket {id}?",
          "How was the support on ticket {id}?",
        ),
        body: es(
          "Hola, {name}: califica la atención de nuestro equipo de soporte en el ticket {id} sin salir del Admin de {account}.",
          "Olá, {name}: avalie o atendimento da nossa equipe de suporte no ticket {id} sem sair do Admin de {account}.",
          "Hi {name}: rate our support team's work on ticket {id} without leaving the {account} Admin.",
        ),
      },
    },
    rules: {
      "R003-1": "form.fields",
      "R003-2": "form.taxonomy.options",
      "R003-3": "form.taxonomy.options.technical.fields",
      "R003-4": "form.priority",
      "R003-5": "form.taxonomy.options.financial.fields.financialSubject",
      "R003-6": "form.taxonomy.options.commercial.children",
      "R003-7": "workflow.statuses",
      "R003-8": "workflow.statuses",
      "R003-9": "workflow.statuses.solved.timers",
      "R003-10": "workflow.statuses.solved.onEnter",
    },
  }) as const satisfies PresetDefinition)();
