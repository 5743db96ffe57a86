# Thuisplan on an existing (Haven-compliant) Kubernetes cluster, by installing the Helm chart in
# infra/helm/thuisplan: the Deployment, Service, Ingress, NetworkPolicies, PodDisruptionBudget,
# migration Job and ServiceMonitor are described there only. The managed PostgreSQL server is out
# of scope: its administrator creates the roles and the database first (infra/db-init/01-roles.sh)
# and this module only takes its URL and address range.

provider "kubernetes" {
  config_path    = pathexpand(var.kubeconfig_path)
  config_context = var.kube_context
}

provider "helm" {
  kubernetes = {
    config_path    = pathexpand(var.kubeconfig_path)
    config_context = var.kube_context
  }
}

locals {
  labels = {
    "app.kubernetes.io/part-of"    = "thuisplan"
    "app.kubernetes.io/managed-by" = "terraform"
  }
  namespace = var.create_namespace ? kubernetes_namespace_v1.thuisplan[0].metadata[0].name : var.namespace

  # The SMTP password's key in the application Secret; "" = the SMTP server needs no password. Whether a
  # password was given is not secret; without nonsensitive() every chart value would be hidden in plans.
  smtp_password_key = var.create_secrets && nonsensitive(var.smtp_password != null) ? "THUISPLAN_SMTP_PASSWORD" : var.smtp_password_key

  # The chart's values (see infra/helm/thuisplan/values.yaml). Secrets only by name and key.
  chart_values = {
    image = {
      repository = var.image_repository
      tag        = var.image_tag == null ? "" : var.image_tag
      digest     = var.image_digest == null ? "" : var.image_digest
    }
    replicaCount = var.replicas
    resources = {
      requests = { cpu = var.cpu_request, memory = var.memory }
      limits   = { cpu = var.cpu_limit, memory = var.memory }
    }
    publicUrl = coalesce(var.public_url, "https://${var.host}/")
    database = {
      url       = var.database_url
      appUser   = var.db_user
      ownerUser = var.db_owner_user
      cidrs     = var.database_cidrs
      port      = var.database_port
    }
    secrets = {
      app = {
        existingSecret  = var.app_secret_name
        dbPasswordKey   = "THUISPLAN_DB_PASSWORD"
        jwtSecretKey    = "THUISPLAN_JWT_SECRET"
        smtpPasswordKey = local.smtp_password_key
      }
      owner = {
        existingSecret = var.owner_secret_name
        dbPasswordKey  = "THUISPLAN_DB_OWNER_PASSWORD"
      }
    }
    smtp = var.smtp
    # Single sign-on: non-secret settings only; the client secrets are keys of sso_secret_name.
    sso = {
      existingSecret = var.sso_secret_name
      # The chart turns them into THUISPLAN_SSO_PROVIDERS and THUISPLAN_SSO_<KEY>_*; an empty label is
      # left out, so the app's default (the key) applies.
      providers = [for p in var.sso_providers : merge({
        key             = p.key
        issuer          = p.issuer
        clientId        = p.client_id
        organisations   = p.organisations
        domains         = p.domains
        clientSecretKey = p.client_secret_key
      }, { for k, v in { label = p.label } : k => v if v != "" })]
      cidrs = var.sso_cidrs
      port  = var.sso_port
    }
    ingress = {
      enabled   = true
      className = var.ingress_class_name
      host      = var.host
      annotations = merge(
        # Uploads go up to 12 MB; ingress-nginx allows 1 MB by default.
        { "nginx.ingress.kubernetes.io/proxy-body-size" = "12m" },
        var.cluster_issuer == null ? {} : { "cert-manager.io/cluster-issuer" = var.cluster_issuer },
      )
      tls = { secretName = var.tls_secret_name }
    }
    networkPolicy = {
      enabled           = true
      ingressController = { namespace = var.ingress_controller_namespace, podLabels = {} }
      monitoring        = { namespace = var.monitoring_namespace, podLabels = {} }
    }
    serviceMonitor = {
      enabled = var.service_monitor_enabled
      labels  = var.service_monitor_labels
    }
  }
}

resource "kubernetes_namespace_v1" "thuisplan" {
  count = var.create_namespace ? 1 : 0
  metadata {
    name = var.namespace
    labels = merge(local.labels, {
      # Pod Security Admission: the chart's pods meet the "restricted" profile.
      "pod-security.kubernetes.io/enforce"         = "restricted"
      "pod-security.kubernetes.io/enforce-version" = "latest"
    })
  }
}

# Optional: the two Secrets the chart refers to, from sensitive variables. Their values then sit in
# the Terraform state; the default is to let the cluster's secret store create them.
resource "kubernetes_secret_v1" "app" {
  count = var.create_secrets ? 1 : 0
  metadata {
    name      = var.app_secret_name
    namespace = local.namespace
    labels    = local.labels
  }
  type = "Opaque"
  data = merge(
    {
      THUISPLAN_DB_PASSWORD = var.db_password
      THUISPLAN_JWT_SECRET  = var.jwt_secret
    },
    var.smtp_password == null ? {} : { THUISPLAN_SMTP_PASSWORD = var.smtp_password },
  )
  lifecycle {
    precondition {
      condition     = var.db_password != null && var.jwt_secret != null
      error_message = "create_secrets = true needs db_password and jwt_secret."
    }
  }
}

# The table owner's password: the chart hands it to the migration Job only.
resource "kubernetes_secret_v1" "owner" {
  count = var.create_secrets ? 1 : 0
  metadata {
    name      = var.owner_secret_name
    namespace = local.namespace
    labels    = local.labels
  }
  type = "Opaque"
  data = {
    THUISPLAN_DB_OWNER_PASSWORD = var.db_owner_password
  }
  lifecycle {
    precondition {
      condition     = var.db_owner_password != null
      error_message = "create_secrets = true needs db_owner_password."
    }
  }
}

# The SSO client secrets, one key per provider, when the module creates the Secrets and there are providers.
resource "kubernetes_secret_v1" "sso" {
  count = var.create_secrets && length(var.sso_providers) > 0 ? 1 : 0
  metadata {
    name      = var.sso_secret_name
    namespace = local.namespace
    labels    = local.labels
  }
  type = "Opaque"
  data = {
    for p in var.sso_providers :
    (p.client_secret_key != "" ? p.client_secret_key : "THUISPLAN_SSO_${upper(replace(p.key, "-", "_"))}_CLIENT_SECRET") => var.sso_client_secrets[p.key]
  }
  lifecycle {
    precondition {
      # Which providers have a secret is not secret; without nonsensitive() the condition would be hidden.
      condition     = alltrue([for p in var.sso_providers : contains(nonsensitive(keys(var.sso_client_secrets)), p.key)])
      error_message = "create_secrets = true needs a client secret in sso_client_secrets for every sso_providers key."
    }
  }
}

resource "helm_release" "thuisplan" {
  name      = var.release_name
  chart     = "${path.module}/../infra/helm/thuisplan"
  namespace = local.namespace

  # The module's values first, then the caller's own YAML documents (later ones win).
  values = concat([yamlencode(local.chart_values)], var.extra_values)

  # The migration Job (a pre-install/pre-upgrade hook) must succeed and the pods become ready;
  # otherwise the release is rolled back and the apply fails.
  wait          = true
  wait_for_jobs = true
  atomic        = true
  timeout       = var.helm_timeout_seconds
  max_history   = 10

  depends_on = [kubernetes_secret_v1.app, kubernetes_secret_v1.owner, kubernetes_secret_v1.sso]

  lifecycle {
    precondition {
      # An egress rule without destinations would open the port to every address (the chart refuses it too).
      condition     = length(var.sso_providers) == 0 || length(var.sso_cidrs) > 0
      error_message = "sso_cidrs must list the identity providers' address ranges when sso_providers is set."
    }
  }
}
