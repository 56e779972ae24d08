// Form definitions modelled on the seed articles; rule IDs from shared/domain-rules.md.
import { type FormDefinition, fileTypes } from "plazo/forms";

const MB = 1_048_576;

/** R003-2..6: technical, financial and commercial requests. */
export const supportPortal = {
  fields: {
    name: {
      kind: "text",
      label: { es: "Nombre", pt: "Nome", en: "Name" },
      required: true,
      min: 2,
      max: 120,
    },
    account: {
      kind: "identifier",
      label: { es: "Cuenta", pt: "Conta", en: "Account" },
      pattern: "[a-z0-9-]{3,40}",
      example: "mitienda",
      required: true,
    },
  },
  taxonomy: {
    label: { es: "Tipo de soporte", pt: "Tipo de suporte", en: "Support type" },
    options: {
      technical: {
        label: { es: "Técnico", pt: "Técnico", en: "Technical" },
        fields: {
          problemType: {
            kind: "choice",
            required: true,
            label: { es: "Tipo de problema", pt: "Tipo de problema", en: "Problem type" },
            options: {
              malfunction: "Problema o comportamiento inesperado",
              question: "Duda",
              configuration: "Solicitud de configuración",
            },
          },
          subject: {
            kind: "text",
            label: { es: "Asunto", pt: "Assunto", en: "Subject" },
            required: true,
            min: 5,
            max: 150,
          },
          impact: {
            kind: "choice",
            required: true,
            label: { es: "Impacto", pt: "Impacto", en: "Impact" },
            options: {
              auxiliary: "Recursos auxiliares",
              important: "Recursos importantes",
              critical: "Recursos críticos",
            },
          },
          affectedUsers: {
            kind: "choice",
            required: true,
            label: { es: "Usuarios afectados", pt: "Usuários afetados", en: "Affected users" },
            options: {
              admins: "Usuarios del panel",
              shoppers: "Compradores",
              all: "Todos los usuarios",
            },
          },
          experience: {
            kind: "choice",
            required: true,
            label: { es: "Experiencia", pt: "Experiência", en: "Experience" },
            options: { learning: "Básico", proficient: "Suficiente", advanced: "Avanzado" },
          },
          description: {
            kind: "longText",
            label: { es: "Descripción", pt: "Descrição", en: "Description" },
            required: true,
            min: 20,
            max: 5000,
          },
          files: {
            kind: "attachments",
            label: { es: "Archivos", pt: "Arquivos", en: "Files" },
            accept: "any",
            maxFiles: 10,
            maxFileSize: 20 * MB,
          },
          shareSolution: {
            kind: "boolean",
            label: {
              es: "Compartir la solución",
              pt: "Compartilhar a solução",
              en: "Share the solution",
            },
            default: true,
          },
        },
      },
      financial: {
        label: { es: "Financiero", pt: "Financeiro", en: "Financial" },
        fields: {
          financialSubject: {
            kind: "choice",
            required: true,
            label: { es: "Asunto", pt: "Assunto", en: "Subject" },
            options: {
              admin_blocked: "Admin bloqueado",
              late_alert: "Alerta de retraso",
              payment_proof: "Comprobante de pago",
              invoice_issue: "Boleto o factura",
              billing_question: "Dudas de cobranza",
              contract_migration: "Migración de contrato",
              tax_id_change: "Cambio de registro",
              invoice_recipients: "Destinatarios de facturas",
              registration_data: "Datos de registro",
              termination: "Rescisión",
              due_date_change: "Cambio de vencimiento",
              partner: "Partner",
            },
          },
          financialDescription: {
            kind: "longText",
            label: { es: "Descripción", pt: "Descrição", en: "Description" },
            required: true,
          },
        },
      },
      commercial: {
        label: { es: "Comercial", pt: "Comercial", en: "Commercial" },
        children: {
          label: { es: "Tipo de solicitud", pt: "Tipo de solicitação", en: "Request type" },
          options: {
            trade_policy: {
              label: "Nueva política comercial",
              fields: {
                policyName: { kind: "text", label: "Nombre de la política", required: true },
              },
            },
            environment: {
              label: "Ambiente adicional",
              fields: {
                environmentName: {
                  kind: "identifier",
                  label: "Ambiente",
                  pattern: "[a-z0-9]{3,20}",
                  required: true,
                },
              },
            },
            white_label: {
              label: "Seller white label",
              fields: {
                sellerId: {
                  kind: "identifier",
                  label: "Seller",
                  pattern: "[a-z0-9]{3,30}",
                  required: true,
                },
              },
            },
            sponsor_change: {
              label: "Cambio de sponsor",
              fields: { newSponsor: { kind: "email", label: "Nuevo sponsor", required: true } },
            },
            other: {
              label: "Otro",
              fields: {
                commercialDescription: { kind: "longText", label: "Descripción", required: true },
              },
            },
          },
        },
      },
    },
  },
  // R003-4: impact x affected users -> priority
  priority: {
    from: ["impact", "affectedUsers"],
    table: {
      critical: { all: "urgent", shoppers: "urgent", admins: "high" },
      important: { all: "high", shoppers: "high", admins: "normal" },
      auxiliary: { all: "normal", shoppers: "normal", admins: "low" },
    },
  },
} as const satisfies FormDefinition;

/** R000-3..6: the retail marketplace's form (without R000-1's all-mandatory mode). */
export const sellerHelp = {
  fields: {
    subject: {
      kind: "text",
      label: { es: "Asunto", pt: "Assunto", en: "Subject" },
      required: true,
    },
    description: {
      kind: "longText",
      label: { es: "Descripción", pt: "Descrição", en: "Description" },
      required: true,
    },
    attachments: {
      kind: "attachments",
      label: { es: "Adjuntos", pt: "Anexos", en: "Attachments" },
      maxFileSize: 3 * MB,
    },
  },
  taxonomy: {
    label: { es: "Motivo", pt: "Motivo", en: "Reason" },
    options: {
      product: {
        label: "Producto",
        fields: {
          sku: {
            kind: "identifier",
            label: "SKU",
            pattern: "[A-Z0-9-]{4,30}",
            example: "SKU-12345",
          },
          productId: {
            kind: "identifier",
            label: { es: "ID de producto", pt: "ID do produto", en: "Product ID" },
            pattern: "[0-9]{6,12}",
          },
        },
      },
      order: {
        label: "Pedido",
        fields: {
          orderNumber: {
            kind: "identifier",
            label: { es: "Número de pedido", pt: "Número do pedido", en: "Order number" },
            pattern: "[0-9]{10}",
            example: "2000012345",
          },
        },
      },
      spreadsheet: { label: "Carga masiva" },
      other: { label: "Otro" },
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
} as const satisfies FormDefinition;

/**
 * R000-1 with R000-4: every field mandatory, and a product ticket carries the
 * SKU or the product ID (either is enough). Attachments stay optional
 * (`required: false`) except where R000-5 asks for a spreadsheet.
 */
export const sellerHelpAllMandatory = {
  ...sellerHelp,
  fields: {
    ...sellerHelp.fields,
    attachments: { ...sellerHelp.fields.attachments, required: false },
  },
  requireAll: true,
} as const satisfies FormDefinition;

/** R004-1..2: theme -> sub-theme -> description; images, Excel, Word only. */
export const partnerPortal = {
  fields: {
    description: {
      kind: "longText",
      label: { es: "Descripción", pt: "Descrição", en: "Description" },
      required: true,
      min: 10,
    },
    files: {
      kind: "attachments",
      label: { es: "Adjuntos", pt: "Anexos", en: "Attachments" },
      accept: [...fileTypes.images, ...fileTypes.excel, ...fileTypes.word],
      maxFiles: 5,
      maxTotalSize: 10 * MB,
    },
  },
  taxonomy: {
    label: { es: "Tema", pt: "Tema", en: "Theme" },
    options: {
      product_registration: {
        label: "Cadastro de produto",
        children: {
          label: { es: "Subtema", pt: "Subtema", en: "Sub-theme" },
          options: { new: { label: "Novo produto" }, edit: { label: "Edição" } },
        },
      },
      financial: {
        label: "Financeiro",
        children: {
          label: { es: "Subtema", pt: "Subtema", en: "Sub-theme" },
          options: { transfer: { label: "Repasse" }, invoice: { label: "Nota fiscal" } },
        },
      },
      delivery: {
        label: "Serviço de entrega",
        children: {
          label: { es: "Subtema", pt: "Subtema", en: "Sub-theme" },
          options: { late: { label: "Atraso" }, lost: { label: "Extravio" } },
        },
      },
    },
  },
} as const satisfies FormDefinition;

/** R001-1: record type -> area -> cause, fields depend on the path. */
export const sellerCenter = {
  taxonomy: {
    label: { es: "Tipo de registro", pt: "Tipo de registro", en: "Record type" },
    options: {
      claim: {
        label: "Reclamo",
        children: {
          label: { es: "Área", pt: "Área", en: "Area" },
          options: {
            logistics: {
              label: "Logística",
              fields: {
                orderNumber: {
                  kind: "identifier",
                  label: "Número de orden",
                  pattern: "[0-9]{8,12}",
                  required: true,
                },
              },
              children: {
                label: { es: "Causa", pt: "Causa", en: "Cause" },
                options: {
                  late: {
                    label: "Atraso",
                    fields: {
                      promisedDate: { kind: "date", label: "Fecha prometida", required: true },
                    },
                  },
                  damaged: {
                    label: "Dañado",
                    fields: {
                      photos: {
                        kind: "attachments",
                        label: "Fotos",
                        accept: fileTypes.images,
                        required: true,
                      },
                    },
                  },
                },
              },
            },
            payments: {
              label: "Pagos",
              children: {
                label: { es: "Causa", pt: "Causa", en: "Cause" },
                options: {
                  missing: {
                    label: "Pago no recibido",
                    fields: { amount: { kind: "number", label: "Monto", min: 0, required: true } },
                  },
                },
              },
            },
          },
        },
      },
      request: {
        label: "Solicitud",
        children: {
          label: { es: "Área", pt: "Área", en: "Area" },
          options: {
            catalog: {
              label: "Catálogo",
              children: {
                label: { es: "Causa", pt: "Causa", en: "Cause" },
                options: { bulk: { label: "Carga masiva" } },
              },
            },
          },
        },
      },
    },
  },
} as const satisfies FormDefinition;

/** A valid technical request (R003-3). */
export const technicalInput = {
  name: "Ana Pérez",
  account: "mitienda",
  category: ["technical"],
  problemType: "malfunction",
  subject: "El checkout no carga",
  impact: "critical",
  affectedUsers: "shoppers",
  experience: "proficient",
  description: "Desde las 10:00 el checkout muestra una pantalla en blanco a los compradores.",
  files: [{ name: "captura.png", size: 120_000, type: "image/png", id: "f1" }],
};
