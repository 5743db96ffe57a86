# ---- Cluster access -------------------------------------------------------------------------

variable "kubeconfig_path" {
  description = "Path to the kubeconfig of the (Haven) cluster."
  type        = string
  default     = "~/.kube/config"
}

variable "kube_context" {
  description = "kubeconfig context to use; null = the file's current context."
  type        = string
  default     = null
}

# ---- Placement and image ---------------------------------------------------------------------

variable "namespace" {
  description = "Namespace of the release."
  type        = string
  default     = "thuisplan"
}

variable "create_namespace" {
  description = "Create the namespace (with the Pod Security label \"restricted\"); false where tenants may not create namespaces."
  type        = bool
  default     = true
}

variable "release_name" {
  description = "Name of the Helm release; also the name of its objects when it contains \"thuisplan\"."
  type        = string
  default     = "thuisplan"
}

variable "image_repository" {
  description = "Repository of the image built from infra/Dockerfile, e.g. registry.example.org/thuisplan/thuisplan."
  type        = string
}

variable "image_digest" {
  description = "Digest of the image (sha256:...); wins over image_tag. Recommended for production."
  type        = string
  default     = null

  validation {
    condition     = var.image_digest == null || can(regex("^sha256:[a-f0-9]{64}$", var.image_digest))
    error_message = "image_digest must look like sha256:<64 hex digits>."
  }
}

variable "image_tag" {
  description = "Image tag when no digest is given; null = the chart's appVersion."
  type        = string
  default     = null
}

variable "replicas" {
  description = "Number of application pods (at least 2 for availability across zones)."
  type        = number
  default     = 2
}

variable "memory" {
  description = "Memory request = limit per pod; the JVM heap takes 75 % of it."
  type        = string
  default     = "1536Mi"
}

variable "cpu_request" {
  description = "CPU request per pod."
  type        = string
  default     = "250m"
}

variable "cpu_limit" {
  description = "CPU limit per pod."
  type        = string
  default     = "2"
}

variable "public_url" {
  description = "Address people open the links in mails with; null = https://<host>/."
  type        = string
  default     = null
}

# ---- Ingress -------------------------------------------------------------------------------

variable "host" {
  description = "Public host name, e.g. thuisplan.gemeente.nl."
  type        = string
}

variable "ingress_class_name" {
  description = "IngressClass of the cluster's ingress controller."
  type        = string
  default     = "nginx"
}

variable "ingress_controller_namespace" {
  description = "Namespace of the ingress controller pods; the only source allowed to reach the app's port."
  type        = string
  default     = "ingress-nginx"
}

variable "tls_secret_name" {
  description = "Secret holding the TLS certificate for host (made by cert-manager or by operations)."
  type        = string
  default     = "thuisplan-tls"
}

variable "cluster_issuer" {
  description = "cert-manager ClusterIssuer that issues the certificate; null = no cert-manager annotation."
  type        = string
  default     = null
}

# ---- Monitoring ------------------------------------------------------------------------------

variable "monitoring_namespace" {
  description = "Namespace of Prometheus; the only source allowed to reach the management port."
  type        = string
  default     = "monitoring"
}

variable "service_monitor_enabled" {
  description = "Create a ServiceMonitor (needs the Prometheus Operator's CRDs)."
  type        = bool
  default     = false
}

variable "service_monitor_labels" {
  description = "Labels the Prometheus instance selects ServiceMonitors by, e.g. { release = \"kube-prometheus-stack\" }."
  type        = map(string)
  default     = {}
}

# ---- Database (managed PostgreSQL, created elsewhere) ----------------------------------------

variable "database_url" {
  description = "JDBC URL of the managed PostgreSQL database, e.g. jdbc:postgresql://host:5432/thuisplan?sslmode=require."
  type        = string

  validation {
    condition     = startswith(var.database_url, "jdbc:postgresql://")
    error_message = "database_url must be a JDBC URL starting with jdbc:postgresql://."
  }
}

variable "database_cidrs" {
  description = "Address ranges of the PostgreSQL server; the pods may open connections to database_port there only."
  type        = list(string)

  # An empty list would leave the egress rule without destinations, i.e. open to any address.
  validation {
    condition     = length(var.database_cidrs) > 0 && alltrue([for c in var.database_cidrs : can(cidrhost(c, 0))])
    error_message = "database_cidrs must hold at least one CIDR, e.g. [\"10.20.30.40/32\"]."
  }
}

variable "database_port" {
  description = "Port of the PostgreSQL server."
  type        = number
  default     = 5432
}

variable "db_user" {
  description = "Application role (must not own the tables; row-level security applies to it)."
  type        = string
  default     = "thuisplan_app"
}

variable "db_owner_user" {
  description = "Role that owns the tables; only the migration Job logs in with it."
  type        = string
  default     = "thuisplan_owner"
}

# ---- Mail ------------------------------------------------------------------------------------

variable "smtp" {
  description = "Outgoing mail server and its address ranges (for the egress NetworkPolicy); host \"\" = no mail, messages go to the log."
  type = object({
    host     = string
    port     = optional(number, 587)
    user     = optional(string, "")
    from     = optional(string, "")
    starttls = optional(bool, true)
    cidrs    = optional(list(string), [])
  })
  default = { host = "" }

  validation {
    condition     = var.smtp.host == "" || length(var.smtp.cidrs) > 0
    error_message = "smtp.cidrs must list the SMTP server's address ranges when smtp.host is set."
  }
}

variable "smtp_password_key" {
  description = "Key of the SMTP password in the application Secret (when it is not created here); \"\" = none."
  type        = string
  default     = ""
}

# ---- Single sign-on (docs/sso-providers.md) -------------------------------------------------

variable "sso_providers" {
  description = "OpenID Connect providers, one per identity provider (chart value sso.providers, rendered as the app's THUISPLAN_SSO_* variables); [] = local login only. key: lower-case letters, digits and '-' (at most 40), the last part of the redirect URI https://<host>/api/v1/auth/oidc/callback/<key>; its variables are THUISPLAN_SSO_<KEY>_* (upper-cased, '-' -> '_'). organisations: CBS municipality code (GM0363), province code (PV27), region code (MRA) or a partner's KvK number. label (button text, default the key) and domains (approved e-mail domains for just-in-time persons) are optional. client_secret_key: its key in sso_secret_name, default THUISPLAN_SSO_<KEY>_CLIENT_SECRET."
  type = list(object({
    key               = string
    issuer            = string
    client_id         = string
    label             = optional(string, "")
    organisations     = list(string)
    domains           = optional(list(string), [])
    client_secret_key = optional(string, "")
  }))
  default = []

  validation {
    condition     = alltrue([for p in var.sso_providers : can(regex("^[a-z0-9-]{1,40}$", p.key)) && startswith(p.issuer, "https://")])
    error_message = "Each sso_providers key must be lower-case letters, digits or '-' (at most 40), each issuer an https:// URL."
  }
  validation {
    condition     = alltrue([for p in var.sso_providers : length(p.organisations) > 0 && alltrue([for o in p.organisations : can(regex("^[A-Za-z0-9][A-Za-z0-9-]{0,49}$", o))])])
    error_message = "Each sso_providers entry needs at least one organisation (GM0363, PV27, MRA or a KvK number; no commas)."
  }
  validation {
    condition     = length(distinct([for p in var.sso_providers : p.key])) == length(var.sso_providers)
    error_message = "sso_providers keys must be unique."
  }
}

variable "sso_cidrs" {
  description = "Address ranges of the identity providers, for the egress NetworkPolicy (port sso_port); required with sso_providers."
  type        = list(string)
  default     = []
  # Checked with sso_providers in main.tf (a precondition: a validation naming another variable needs Terraform 1.9).
}

variable "sso_port" {
  description = "Port of the identity providers (HTTPS)."
  type        = number
  default     = 443
}

# ---- Secrets: by reference -------------------------------------------------------------------

variable "app_secret_name" {
  description = "Secret with THUISPLAN_DB_PASSWORD and THUISPLAN_JWT_SECRET (and the SMTP password): the application pods'."
  type        = string
  default     = "thuisplan-app"
}

variable "owner_secret_name" {
  description = "Secret with THUISPLAN_DB_OWNER_PASSWORD: the migration Job's only."
  type        = string
  default     = "thuisplan-owner"
}

variable "sso_secret_name" {
  description = "Secret with the SSO client secrets, one key per provider (THUISPLAN_SSO_<KEY>_CLIENT_SECRET, KEY upper-cased with '-' -> '_', unless client_secret_key says otherwise)."
  type        = string
  default     = "thuisplan-sso"
}

variable "create_secrets" {
  description = "Create the Secrets from the variables below (their values then sit in the state); false = the cluster's secret store provides them."
  type        = bool
  default     = false
}

# Only with create_secrets = true. No defaults in files: pass them as TF_VAR_* from the secret store.

variable "db_password" {
  description = "Password of db_user."
  type        = string
  sensitive   = true
  default     = null
}

variable "db_owner_password" {
  description = "Password of db_owner_user."
  type        = string
  sensitive   = true
  default     = null
}

variable "jwt_secret" {
  description = "Secret that signs the JWTs (at least 32 characters)."
  type        = string
  sensitive   = true
  default     = null

  # try(): `||` does not short-circuit, and length(null) is an error.
  validation {
    condition     = var.jwt_secret == null || try(length(var.jwt_secret) >= 32, false)
    error_message = "jwt_secret must be at least 32 characters."
  }
}

variable "smtp_password" {
  description = "Password of the SMTP user."
  type        = string
  sensitive   = true
  default     = null
}

variable "sso_client_secrets" {
  description = "Client secret per sso_providers key (e.g. { amsterdam = \"...\" }); with create_secrets = true the module puts them into sso_secret_name."
  type        = map(string)
  sensitive   = true
  default     = {}
}

# ---- Chart -----------------------------------------------------------------------------------

variable "extra_values" {
  description = "More values for the chart as YAML documents, applied after this module's (e.g. file(\"thuisplan-values.yaml\"))."
  type        = list(string)
  default     = []
}

variable "helm_timeout_seconds" {
  description = "How long the install or upgrade may take, migration Job included, before it is rolled back."
  type        = number
  default     = 900
}
