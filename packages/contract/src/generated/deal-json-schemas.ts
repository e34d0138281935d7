// Generated from the contract's zod schemas by `pnpm openapi`. Do not edit by hand.
import type { JsonSchema } from '../json-validation/json-schema.js';
import { CountryCode, DateOnly, Key, Timestamp } from './json-schemas.js';

export const DealRegistrationForm: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "deal_registration_form"
    },
    "standard_fields": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "pointer": {
            "type": "string"
          },
          "required": {
            "type": "boolean"
          },
          "max_length": {
            "anyOf": [
              {
                "type": "integer"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "pointer",
          "required",
          "max_length"
        ]
      }
    },
    "custom_fields": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string"
          },
          "type": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "text",
                  "number",
                  "select",
                  "multi_select",
                  "date",
                  "checkbox"
                ]
              },
              {
                "type": "string"
              }
            ]
          },
          "label": {
            "type": "string"
          },
          "help": {
            "type": [
              "string",
              "null"
            ]
          },
          "required": {
            "type": "boolean"
          },
          "options": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "key": {
                  "type": "string"
                },
                "label": {
                  "type": "string"
                }
              },
              "required": [
                "key",
                "label"
              ]
            }
          },
          "max_length": {
            "type": "integer"
          },
          "min": {
            "type": "number"
          },
          "max": {
            "type": "number"
          }
        },
        "required": [
          "key",
          "type",
          "label",
          "help",
          "required"
        ]
      }
    },
    "currencies": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string"
          },
          "exponent": {
            "type": "integer"
          }
        },
        "required": [
          "code",
          "exponent"
        ]
      }
    },
    "default_currency": {
      "type": "string"
    },
    "stages": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string"
          },
          "label": {
            "type": "string"
          },
          "probability": {
            "type": "number"
          }
        },
        "required": [
          "key",
          "label",
          "probability"
        ]
      }
    },
    "products": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string"
          },
          "label": {
            "type": "string"
          }
        },
        "required": [
          "key",
          "label"
        ]
      }
    },
    "deal_types": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "sourcing": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "close_date": {
      "type": "object",
      "properties": {
        "max_months": {
          "type": "integer"
        }
      },
      "required": [
        "max_months"
      ]
    },
    "protection": {
      "type": "object",
      "properties": {
        "days": {
          "type": "integer"
        },
        "max_extensions": {
          "type": "integer"
        },
        "extension_days": {
          "type": "integer"
        }
      },
      "required": [
        "days",
        "max_extensions",
        "extension_days"
      ]
    }
  },
  "required": [
    "object",
    "standard_fields",
    "custom_fields",
    "currencies",
    "default_currency",
    "stages",
    "products",
    "deal_types",
    "sourcing",
    "close_date",
    "protection"
  ]
};

export const DealRegistrationCreate: JsonSchema = {
  "type": "object",
  "properties": {
    "customer": {
      "type": "object",
      "properties": {
        "company_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        },
        "domain": {
          "type": "string",
          "maxLength": 253,
          "pattern": "^(?:https?:\\/\\/)?(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,63}(?::\\d{1,5})?(?:[/?#].*)?$",
          "x-trim": true
        },
        "no_website": {
          "type": "boolean"
        },
        "country": CountryCode,
        "industry": Key
      },
      "required": [
        "company_name",
        "country"
      ],
      "additionalProperties": false
    },
    "contact": {
      "type": "object",
      "properties": {
        "first_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        },
        "last_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        },
        "email": {
          "type": "string",
          "maxLength": 254,
          "format": "email",
          "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
        },
        "phone": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{6,14}$"
        },
        "title": {
          "type": "string",
          "minLength": 1,
          "maxLength": 120,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        }
      },
      "required": [
        "first_name",
        "last_name",
        "email"
      ],
      "additionalProperties": false
    },
    "opportunity": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        },
        "amount": {
          "type": "object",
          "properties": {
            "amount": {
              "type": "integer",
              "minimum": 1
            },
            "currency": {
              "type": "string",
              "pattern": "^[A-Z]{3}$"
            }
          },
          "required": [
            "amount",
            "currency"
          ],
          "additionalProperties": false
        },
        "expected_close_date": DateOnly,
        "deal_type": {
          "type": "string",
          "enum": [
            "new_business",
            "expansion",
            "renewal"
          ]
        },
        "products": {
          "maxItems": 20,
          "type": "array",
          "items": Key
        },
        "sourcing": {
          "type": "string",
          "enum": [
            "partner_sourced",
            "partner_assisted"
          ]
        }
      },
      "required": [
        "amount",
        "expected_close_date",
        "deal_type",
        "products",
        "sourcing"
      ],
      "additionalProperties": false
    },
    "stage": Key,
    "notes": {
      "type": "string",
      "maxLength": 4000
    },
    "custom_fields": {
      "type": "object",
      "propertyNames": Key,
      "additionalProperties": {
        "anyOf": [
          {
            "type": "string",
            "maxLength": 1000
          },
          {
            "type": "number"
          },
          {
            "type": "boolean"
          },
          {
            "maxItems": 50,
            "type": "array",
            "items": {
              "type": "string",
              "maxLength": 200
            }
          }
        ]
      }
    },
    "submit": {
      "type": "boolean"
    }
  },
  "required": [
    "customer",
    "contact",
    "opportunity"
  ],
  "additionalProperties": false
};

export const DealRegistration: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^dreg_[0-9A-HJKMNP-TV-Z]{26}$"
    },
    "object": {
      "type": "string",
      "const": "deal_registration"
    },
    "number": {
      "type": "string"
    },
    "partner_id": {
      "type": "string",
      "pattern": "^ptr_[0-9A-HJKMNP-TV-Z]{26}$"
    },
    "submitted_by": {
      "type": "object",
      "properties": {
        "external_id": {
          "type": "string"
        },
        "name": {
          "type": [
            "string",
            "null"
          ]
        },
        "email": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "external_id",
        "name",
        "email"
      ]
    },
    "status": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "draft",
            "submitted",
            "under_review",
            "needs_info",
            "approved",
            "rejected",
            "withdrawn",
            "expired",
            "won",
            "lost"
          ]
        },
        {
          "type": "string"
        }
      ]
    },
    "stage": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "key": {
              "type": "string"
            },
            "label": {
              "type": "string"
            },
            "probability": {
              "type": "number"
            }
          },
          "required": [
            "key",
            "label",
            "probability"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "customer": {
      "type": "object",
      "properties": {
        "company_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        },
        "domain": {
          "type": "string",
          "maxLength": 253,
          "pattern": "^(?:https?:\\/\\/)?(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,63}(?::\\d{1,5})?(?:[/?#].*)?$",
          "x-trim": true
        },
        "no_website": {
          "type": "boolean"
        },
        "country": CountryCode,
        "industry": Key,
        "domain_normalized": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "company_name",
        "country",
        "domain_normalized"
      ]
    },
    "contact": {
      "type": "object",
      "properties": {
        "first_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        },
        "last_name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        },
        "email": {
          "type": "string",
          "maxLength": 254,
          "format": "email",
          "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
        },
        "phone": {
          "type": "string",
          "pattern": "^\\+[1-9]\\d{6,14}$"
        },
        "title": {
          "type": "string",
          "minLength": 1,
          "maxLength": 120,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        }
      },
      "required": [
        "first_name",
        "last_name",
        "email"
      ]
    },
    "opportunity": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^\\u0000]*$",
          "x-trim": true
        },
        "amount": {
          "type": "object",
          "properties": {
            "amount": {
              "type": "integer"
            },
            "currency": {
              "type": "string",
              "pattern": "^[A-Z]{3}$"
            }
          },
          "required": [
            "amount",
            "currency"
          ]
        },
        "expected_close_date": DateOnly,
        "deal_type": {
          "type": "string",
          "enum": [
            "new_business",
            "expansion",
            "renewal"
          ]
        },
        "products": {
          "maxItems": 20,
          "type": "array",
          "items": Key
        },
        "sourcing": {
          "type": "string",
          "enum": [
            "partner_sourced",
            "partner_assisted"
          ]
        }
      },
      "required": [
        "amount",
        "expected_close_date",
        "deal_type",
        "products",
        "sourcing"
      ]
    },
    "notes": {
      "type": [
        "string",
        "null"
      ]
    },
    "custom_fields": {
      "type": "object",
      "propertyNames": {
        "type": "string"
      },
      "additionalProperties": {
        "anyOf": [
          {
            "type": "string",
            "maxLength": 1000
          },
          {
            "type": "number"
          },
          {
            "type": "boolean"
          },
          {
            "maxItems": 50,
            "type": "array",
            "items": {
              "type": "string",
              "maxLength": 200
            }
          }
        ]
      }
    },
    "duplicate_check": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "status": {
              "anyOf": [
                {
                  "type": "string",
                  "enum": [
                    "clear",
                    "possible_duplicate",
                    "conflict"
                  ]
                },
                {
                  "type": "string"
                }
              ]
            },
            "checked_at": Timestamp,
            "reasons": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "matches": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "match_type": {
                    "type": "string"
                  },
                  "severity": {
                    "type": "string"
                  },
                  "deal_registration_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "partner_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "status_of_match": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "submitted_at": {
                    "anyOf": [
                      Timestamp,
                      {
                        "type": "null"
                      }
                    ]
                  }
                },
                "required": [
                  "match_type",
                  "severity",
                  "deal_registration_id",
                  "partner_id",
                  "status_of_match",
                  "submitted_at"
                ]
              }
            }
          },
          "required": [
            "status",
            "checked_at",
            "reasons"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "protection": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "days": {
              "type": "integer"
            },
            "starts_at": Timestamp,
            "expires_at": Timestamp,
            "extensions_used": {
              "type": "integer"
            },
            "max_extensions": {
              "type": "integer"
            }
          },
          "required": [
            "days",
            "starts_at",
            "expires_at",
            "extensions_used",
            "max_extensions"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "decision": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "decided_at": Timestamp,
            "reason_code": {
              "type": [
                "string",
                "null"
              ]
            },
            "message": {
              "type": [
                "string",
                "null"
              ]
            },
            "override_reason": {
              "type": "string"
            }
          },
          "required": [
            "decided_at",
            "reason_code",
            "message"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "info_request": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "requested_at": Timestamp,
            "message": {
              "type": "string"
            }
          },
          "required": [
            "requested_at",
            "message"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "resubmission_count": {
      "type": "integer"
    },
    "close": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "outcome": {
              "type": "string"
            },
            "closed_at": Timestamp,
            "lost_reason": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "outcome",
            "closed_at",
            "lost_reason"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "allowed_actions": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "created_at": Timestamp,
    "updated_at": Timestamp,
    "submitted_at": {
      "anyOf": [
        Timestamp,
        {
          "type": "null"
        }
      ]
    },
    "approved_at": {
      "anyOf": [
        Timestamp,
        {
          "type": "null"
        }
      ]
    },
    "closed_at": {
      "anyOf": [
        Timestamp,
        {
          "type": "null"
        }
      ]
    },
    "version": {
      "type": "integer"
    }
  },
  "required": [
    "id",
    "object",
    "number",
    "partner_id",
    "submitted_by",
    "status",
    "stage",
    "customer",
    "contact",
    "opportunity",
    "notes",
    "custom_fields",
    "duplicate_check",
    "protection",
    "decision",
    "info_request",
    "resubmission_count",
    "close",
    "allowed_actions",
    "created_at",
    "updated_at",
    "submitted_at",
    "approved_at",
    "closed_at",
    "version"
  ]
};

export const DealRegistrationList: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "list"
    },
    "data": {
      "type": "array",
      "items": DealRegistration
    },
    "has_more": {
      "type": "boolean"
    },
    "next_cursor": {
      "type": [
        "string",
        "null"
      ]
    },
    "total_count": {
      "type": "integer",
      "minimum": 0
    }
  },
  "required": [
    "object",
    "data",
    "has_more",
    "next_cursor",
    "total_count"
  ]
};

export const DealRegistrationEvent: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "deal_registration_event"
    },
    "at": Timestamp,
    "actor": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "partner",
            "platform",
            "system"
          ]
        },
        {
          "type": "string"
        }
      ]
    },
    "action": {
      "type": "string"
    },
    "from_status": {
      "type": [
        "string",
        "null"
      ]
    },
    "to_status": {
      "type": [
        "string",
        "null"
      ]
    },
    "message": {
      "type": [
        "string",
        "null"
      ]
    }
  },
  "required": [
    "object",
    "at",
    "actor",
    "action",
    "from_status",
    "to_status",
    "message"
  ]
};

export const DealRegistrationHistory: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "list"
    },
    "data": {
      "type": "array",
      "items": DealRegistrationEvent
    },
    "has_more": {
      "type": "boolean"
    },
    "next_cursor": {
      "type": [
        "string",
        "null"
      ]
    }
  },
  "required": [
    "object",
    "data",
    "has_more",
    "next_cursor"
  ]
};

export const DealCheckRequest: JsonSchema = {
  "type": "object",
  "properties": {
    "company_name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200,
      "pattern": "^[^\\u0000]*$",
      "x-trim": true
    },
    "country": CountryCode,
    "domain": {
      "type": "string",
      "maxLength": 253,
      "pattern": "^(?:https?:\\/\\/)?(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,63}(?::\\d{1,5})?(?:[/?#].*)?$",
      "x-trim": true
    },
    "contact_email": {
      "type": "string",
      "maxLength": 254,
      "format": "email",
      "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
    }
  },
  "required": [
    "company_name",
    "country"
  ],
  "additionalProperties": false
};

export const DealCheckResult: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "deal_registration_check"
    },
    "status": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "clear",
            "possible_duplicate",
            "conflict",
            "duplicate"
          ]
        },
        {
          "type": "string"
        }
      ]
    },
    "reasons": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "existing_id": {
      "type": [
        "string",
        "null"
      ]
    }
  },
  "required": [
    "object",
    "status",
    "reasons",
    "existing_id"
  ]
};

export const Me: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "me"
    },
    "credential_type": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "publishable_key",
            "secret_key",
            "partner_key",
            "partner_session"
          ]
        },
        {
          "type": "string"
        }
      ]
    },
    "program_id": {
      "type": "string"
    },
    "livemode": {
      "type": "boolean"
    },
    "scopes": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "partner_id": {
      "anyOf": [
        {
          "type": "string",
          "pattern": "^ptr_[0-9A-HJKMNP-TV-Z]{26}$"
        },
        {
          "type": "null"
        }
      ]
    },
    "partner_user": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "external_id": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "x-trim": true
            },
            "email": {
              "type": "string",
              "maxLength": 254,
              "format": "email",
              "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
            },
            "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "x-trim": true
            }
          },
          "required": [
            "external_id"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "expires_at": {
      "anyOf": [
        Timestamp,
        {
          "type": "null"
        }
      ]
    }
  },
  "required": [
    "object",
    "credential_type",
    "program_id",
    "livemode",
    "scopes",
    "partner_id",
    "partner_user",
    "expires_at"
  ]
};
