// Generated from the contract's zod schemas by `pnpm openapi`. Do not edit by hand.
import type { JsonSchema } from '../json-validation/json-schema.js';

export const Timestamp: JsonSchema = {
  "type": "string",
  "format": "date-time",
  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$"
};

export const DateOnly: JsonSchema = {
  "type": "string",
  "format": "date",
  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
};

export const WebUrl: JsonSchema = {
  "type": "string",
  "format": "uri"
};

export const Key: JsonSchema = {
  "type": "string",
  "pattern": "^[a-z][a-z0-9_]{0,63}$"
};

export const Slug: JsonSchema = {
  "type": "string",
  "pattern": "^[a-z0-9-]{3,64}$"
};

export const CountryCode: JsonSchema = {
  "type": "string",
  "pattern": "^[A-Z]{2}$"
};

export const LanguageTag: JsonSchema = {
  "type": "string",
  "pattern": "^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\\d{3}))?$"
};

export const Rating: JsonSchema = {
  "type": "object",
  "properties": {
    "average": {
      "type": "number",
      "minimum": 0,
      "maximum": 5
    },
    "count": {
      "type": "integer",
      "minimum": 0
    }
  },
  "required": [
    "average",
    "count"
  ]
};

export const Money: JsonSchema = {
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
};

export const FieldError: JsonSchema = {
  "type": "object",
  "properties": {
    "pointer": {
      "type": "string"
    },
    "code": {
      "type": "string"
    },
    "message": {
      "type": "string"
    }
  },
  "required": [
    "pointer",
    "code",
    "message"
  ]
};

export const Problem: JsonSchema = {
  "type": "object",
  "properties": {
    "type": {
      "type": "string"
    },
    "title": {
      "type": "string"
    },
    "status": {
      "type": "integer"
    },
    "detail": {
      "type": "string"
    },
    "instance": {
      "type": "string"
    },
    "code": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "invalid_request",
            "invalid_cursor",
            "idempotency_key_missing",
            "unauthenticated",
            "session_expired",
            "insufficient_scope",
            "origin_not_allowed",
            "secret_key_in_browser",
            "not_found",
            "method_not_allowed",
            "invalid_state_transition",
            "duplicate_registration",
            "registration_conflict",
            "resubmission_limit_reached",
            "idempotency_request_in_progress",
            "precondition_failed",
            "payload_too_large",
            "unsupported_media_type",
            "validation_failed",
            "idempotency_key_reused",
            "precondition_required",
            "rate_limited",
            "internal_error",
            "service_unavailable"
          ]
        },
        {
          "type": "string"
        }
      ]
    },
    "request_id": {
      "type": "string"
    },
    "errors": {
      "type": "array",
      "items": FieldError
    },
    "retry_after": {
      "type": "integer",
      "minimum": 0
    },
    "required_scopes": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "allowed_actions": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "existing_id": {
      "type": "string"
    }
  },
  "required": [
    "type",
    "title",
    "status",
    "code"
  ],
  "additionalProperties": {}
};

export const FacetValue: JsonSchema = {
  "type": "object",
  "properties": {
    "value": {
      "type": "string"
    },
    "label": {
      "type": "string"
    },
    "count": {
      "type": "integer",
      "minimum": 0
    },
    "selected": {
      "type": "boolean"
    }
  },
  "required": [
    "value",
    "label",
    "count",
    "selected"
  ]
};

export const ListingSummary: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^lst_[0-9A-HJKMNP-TV-Z]{26}$"
    },
    "object": {
      "type": "string",
      "const": "listing"
    },
    "slug": Slug,
    "name": {
      "type": "string"
    },
    "tagline": {
      "type": "string"
    },
    "icon": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "url": WebUrl,
            "alt": {
              "type": "string"
            }
          },
          "required": [
            "url",
            "alt"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "primary_category": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "crm",
            "marketing_automation",
            "sales_enablement",
            "customer_support",
            "analytics_bi",
            "finance_billing",
            "ecommerce",
            "communication",
            "productivity",
            "data_enrichment",
            "security",
            "developer_tools"
          ]
        },
        Key
      ]
    },
    "built_by": {
      "type": "object",
      "properties": {
        "type": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "first_party",
                "partner"
              ]
            },
            {
              "type": "string"
            }
          ]
        },
        "partner_id": {
          "type": "string"
        }
      },
      "required": [
        "type"
      ]
    },
    "pricing": {
      "type": "object",
      "properties": {
        "model": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "free",
                "freemium",
                "paid",
                "contact_sales"
              ]
            },
            {
              "type": "string"
            }
          ]
        },
        "summary": {
          "type": "string"
        }
      },
      "required": [
        "model"
      ]
    },
    "rating": {
      "anyOf": [
        Rating,
        {
          "type": "null"
        }
      ]
    }
  },
  "required": [
    "id",
    "object",
    "slug",
    "name",
    "tagline",
    "icon",
    "primary_category",
    "built_by",
    "pricing",
    "rating"
  ]
};

export const PartnerSummary: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^ptr_[0-9A-HJKMNP-TV-Z]{26}$"
    },
    "object": {
      "type": "string",
      "const": "partner_summary"
    },
    "slug": Slug,
    "name": {
      "type": "string"
    },
    "type": Key,
    "tier": Key,
    "tier_rank": {
      "type": "integer",
      "minimum": 0
    },
    "logo": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "url": WebUrl,
            "dark_url": WebUrl,
            "alt": {
              "type": "string"
            },
            "width": {
              "type": "integer"
            },
            "height": {
              "type": "integer"
            }
          },
          "required": [
            "url",
            "alt"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "summary": {
      "type": "string"
    },
    "headquarters": {
      "type": "object",
      "properties": {
        "country": CountryCode,
        "region": Key,
        "city": {
          "type": "string"
        }
      },
      "required": [
        "country",
        "region"
      ]
    },
    "regions": {
      "type": "array",
      "items": Key
    },
    "languages": {
      "type": "array",
      "items": LanguageTag
    },
    "industries": {
      "type": "array",
      "items": Key
    },
    "badges": {
      "type": "array",
      "items": {
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "verified",
              "featured",
              "new",
              "top_rated"
            ]
          },
          {
            "type": "string"
          }
        ]
      }
    },
    "rating": {
      "anyOf": [
        Rating,
        {
          "type": "null"
        }
      ]
    },
    "featured": {
      "type": "boolean"
    }
  },
  "required": [
    "id",
    "object",
    "slug",
    "name",
    "type",
    "tier",
    "tier_rank",
    "logo",
    "summary",
    "headquarters",
    "regions",
    "languages",
    "industries",
    "badges",
    "rating",
    "featured"
  ]
};

export const PartnerList: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "list"
    },
    "data": {
      "type": "array",
      "items": PartnerSummary
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
    },
    "total_count_approximate": {
      "type": "boolean"
    },
    "facets": {
      "type": "object",
      "propertyNames": {
        "type": "string"
      },
      "additionalProperties": {
        "type": "array",
        "items": FacetValue
      }
    }
  },
  "required": [
    "object",
    "data",
    "has_more",
    "next_cursor"
  ]
};

export const Partner: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^ptr_[0-9A-HJKMNP-TV-Z]{26}$"
    },
    "object": {
      "type": "string",
      "const": "partner"
    },
    "slug": Slug,
    "name": {
      "type": "string"
    },
    "type": Key,
    "tier": Key,
    "tier_rank": {
      "type": "integer",
      "minimum": 0
    },
    "tier_evaluated_at": {
      "anyOf": [
        Timestamp,
        {
          "type": "null"
        }
      ]
    },
    "headquarters": {
      "type": "object",
      "properties": {
        "country": CountryCode,
        "region": Key,
        "city": {
          "type": "string"
        }
      },
      "required": [
        "country",
        "region"
      ]
    },
    "regions": {
      "type": "array",
      "items": Key
    },
    "countries_served": {
      "type": "array",
      "items": CountryCode
    },
    "languages": {
      "type": "array",
      "items": LanguageTag
    },
    "industries": {
      "type": "array",
      "items": Key
    },
    "expertise": {
      "type": "array",
      "items": Key
    },
    "certifications": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "key": Key,
          "name": {
            "type": "string"
          },
          "holder_count": {
            "type": "integer",
            "minimum": 0
          },
          "verified": {
            "type": "boolean"
          }
        },
        "required": [
          "key",
          "name",
          "holder_count",
          "verified"
        ]
      }
    },
    "certified_people_count": {
      "type": "integer",
      "minimum": 0
    },
    "logo": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "url": WebUrl,
            "dark_url": WebUrl,
            "alt": {
              "type": "string"
            },
            "width": {
              "type": "integer"
            },
            "height": {
              "type": "integer"
            }
          },
          "required": [
            "url",
            "alt"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "website": {
      "anyOf": [
        WebUrl,
        {
          "type": "null"
        }
      ]
    },
    "summary": {
      "type": "string"
    },
    "integrations": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "listing_id": {
            "type": "string",
            "pattern": "^lst_[0-9A-HJKMNP-TV-Z]{26}$"
          },
          "role": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "builder",
                  "implementer"
                ]
              },
              {
                "type": "string"
              }
            ]
          },
          "listing": ListingSummary
        },
        "required": [
          "listing_id",
          "role"
        ]
      }
    },
    "company_size": {
      "anyOf": [
        {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "1_10",
                "11_50",
                "51_200",
                "201_1000",
                "1001_plus"
              ]
            },
            {
              "type": "string"
            }
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "founded_year": {
      "anyOf": [
        {
          "type": "integer"
        },
        {
          "type": "null"
        }
      ]
    },
    "rating": {
      "anyOf": [
        Rating,
        {
          "type": "null"
        }
      ]
    },
    "featured": {
      "type": "boolean"
    },
    "badges": {
      "type": "array",
      "items": {
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "verified",
              "featured",
              "new",
              "top_rated"
            ]
          },
          {
            "type": "string"
          }
        ]
      }
    },
    "contact": {
      "type": "object",
      "properties": {
        "url": WebUrl,
        "email": {
          "type": "string"
        }
      }
    },
    "joined_at": Timestamp,
    "created_at": Timestamp,
    "updated_at": Timestamp,
    "status": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "active",
            "inactive",
            "suspended"
          ]
        },
        {
          "type": "string"
        }
      ]
    },
    "listed": {
      "type": "boolean"
    },
    "metadata": {
      "type": "object",
      "propertyNames": {
        "type": "string"
      },
      "additionalProperties": {
        "type": "string"
      }
    }
  },
  "required": [
    "id",
    "object",
    "slug",
    "name",
    "type",
    "tier",
    "tier_rank",
    "tier_evaluated_at",
    "headquarters",
    "regions",
    "countries_served",
    "languages",
    "industries",
    "expertise",
    "certifications",
    "certified_people_count",
    "logo",
    "website",
    "summary",
    "description",
    "integrations",
    "company_size",
    "founded_year",
    "rating",
    "featured",
    "badges",
    "contact",
    "joined_at",
    "created_at",
    "updated_at"
  ]
};

export const PartnerIndexEntry: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^ptr_[0-9A-HJKMNP-TV-Z]{26}$"
    },
    "slug": Slug,
    "name": {
      "type": "string"
    },
    "type": Key,
    "tier": Key,
    "tier_rank": {
      "type": "integer",
      "minimum": 0
    },
    "logo": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "url": WebUrl,
            "alt": {
              "type": "string"
            }
          },
          "required": [
            "url",
            "alt"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "summary": {
      "type": "string"
    },
    "headquarters": {
      "type": "object",
      "properties": {
        "country": CountryCode,
        "region": Key,
        "city": {
          "type": "string"
        }
      },
      "required": [
        "country",
        "region"
      ]
    },
    "regions": {
      "type": "array",
      "items": Key
    },
    "languages": {
      "type": "array",
      "items": LanguageTag
    },
    "industries": {
      "type": "array",
      "items": Key
    },
    "expertise": {
      "type": "array",
      "items": Key
    },
    "certifications": {
      "type": "array",
      "items": Key
    },
    "badges": {
      "type": "array",
      "items": {
        "anyOf": [
          {
            "type": "string",
            "enum": [
              "verified",
              "featured",
              "new",
              "top_rated"
            ]
          },
          {
            "type": "string"
          }
        ]
      }
    },
    "rating": {
      "anyOf": [
        Rating,
        {
          "type": "null"
        }
      ]
    },
    "featured": {
      "type": "boolean"
    },
    "joined_at": Timestamp
  },
  "required": [
    "id",
    "slug",
    "name",
    "type",
    "tier",
    "tier_rank",
    "logo",
    "summary",
    "headquarters",
    "regions",
    "languages",
    "industries",
    "expertise",
    "certifications",
    "badges",
    "rating",
    "featured",
    "joined_at"
  ]
};

export const PartnerIndex: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "partner_index"
    },
    "generated_at": Timestamp,
    "total_count": {
      "type": "integer",
      "minimum": 0
    },
    "data": {
      "type": "array",
      "items": PartnerIndexEntry
    }
  },
  "required": [
    "object",
    "generated_at",
    "total_count",
    "data"
  ]
};

export const Taxonomy: JsonSchema = {
  "type": "object",
  "properties": {
    "object": {
      "type": "string",
      "const": "taxonomy"
    },
    "locale": {
      "type": "string"
    },
    "partner_types": {
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
    "tiers": {
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
          "rank": {
            "type": "integer",
            "minimum": 0
          }
        },
        "required": [
          "key",
          "label",
          "rank"
        ]
      }
    },
    "regions": {
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
    "industries": {
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
    "expertise": {
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
    "certifications": {
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
    "company_sizes": {
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
    "badges": {
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
    "languages": {
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
    "countries": {
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
    }
  },
  "required": [
    "object",
    "locale",
    "partner_types",
    "tiers",
    "regions",
    "industries",
    "expertise",
    "certifications",
    "company_sizes",
    "badges",
    "languages",
    "countries"
  ]
};

export const ContactRequestCreate: JsonSchema = {
  "type": "object",
  "properties": {
    "name": {
      "type": "string",
      "minLength": 1,
      "maxLength": 120,
      "pattern": "^[^\\u0000]*$",
      "x-trim": true
    },
    "email": {
      "type": "string",
      "maxLength": 254,
      "format": "email",
      "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
    },
    "company": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200,
      "pattern": "^[^\\u0000]*$",
      "x-trim": true
    },
    "phone": {
      "type": "string",
      "pattern": "^\\+[1-9]\\d{6,14}$"
    },
    "country": CountryCode,
    "message": {
      "type": "string",
      "minLength": 1,
      "maxLength": 2000,
      "pattern": "^[^\\u0000]*$",
      "x-trim": true
    },
    "consent": {
      "type": "boolean",
      "const": true
    }
  },
  "required": [
    "name",
    "email",
    "message",
    "consent"
  ],
  "additionalProperties": false
};

export const ContactRequest: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^creq_[0-9A-HJKMNP-TV-Z]{26}$"
    },
    "object": {
      "type": "string",
      "const": "contact_request"
    },
    "partner_id": {
      "type": "string",
      "pattern": "^ptr_[0-9A-HJKMNP-TV-Z]{26}$"
    },
    "status": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "received"
          ]
        },
        {
          "type": "string"
        }
      ]
    },
    "created_at": Timestamp
  },
  "required": [
    "id",
    "object",
    "partner_id",
    "status",
    "created_at"
  ]
};
