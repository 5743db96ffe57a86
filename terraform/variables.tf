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
  description = "Namespace to create for Thuisplan."
  type        = string
  default     = "thuisplan"
}

variable "image" {
  description = "Container image built from infra/Dockerfile, with an immutable tag or digest."
  type        = string
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
  description = "Namespace of the ingress controller pods; the only source allowed to reach the app."
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
  description = "Address ranges of the PostgreSQL server; the pods may open connections to port 5432 there only."
  type        = list(string)

  # An empty list would leave the egress rule without destinations, i.e. open to any address.
  validation {
    condition     = length(var.database_cidrs) > 0 && alltrue([for c in var.database_cidrs : can(cidrhost(c, 0))])
    error_message = "database_cidrs must hold at least one CIDR, e.g. [\"10.20.30.40/32\"]."
  }
}

variable "db_user" {
  description = "Application role (must not own the tables; row-level security applies to it)."
  type        = string
  default     = "thuisplan_app"
}

variable "db_owner_user" {
  description = "Role that owns the tables and runs the migrations at start-up."
  type        = string
  default     = "thuisplan_owner"
}

# ---- Secrets: no defaults; pass via TF_VAR_* or a git-ignored *.tfvars file ------------------

variable "db_password" {
  description = "Password of db_user."
  type        = string
  sensitive   = true
}

variable "db_owner_password" {
  description = "Password of db_owner_user."
  type        = string
  sensitive   = true
}

variable "jwt_secret" {
  description = "Secret that signs the JWTs (at least 32 characters)."
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.jwt_secret) >= 32
    error_message = "jwt_secret must be at least 32 characters."
  }
}
