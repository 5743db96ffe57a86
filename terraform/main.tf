# Thuisplan on an existing (Haven-compliant) Kubernetes cluster. Mirrors infra/k8s/; the
# managed PostgreSQL server is out of scope: its administrator creates the roles and the
# database first (infra/db-init/01-roles.sh) and this module only takes its URL.

provider "kubernetes" {
  config_path    = pathexpand(var.kubeconfig_path)
  config_context = var.kube_context
}

locals {
  name     = "thuisplan"
  selector = { "app.kubernetes.io/name" = local.name }
  labels = merge(local.selector, {
    "app.kubernetes.io/part-of"    = local.name
    "app.kubernetes.io/managed-by" = "terraform"
  })
}

resource "kubernetes_namespace_v1" "thuisplan" {
  metadata {
    name = var.namespace
    labels = merge(local.labels, {
      # Pod Security Admission: the pods below meet the "restricted" profile.
      "pod-security.kubernetes.io/enforce"         = "restricted"
      "pod-security.kubernetes.io/enforce-version" = "latest"
    })
  }
}

resource "kubernetes_config_map_v1" "thuisplan" {
  metadata {
    name      = "thuisplan-config"
    namespace = kubernetes_namespace_v1.thuisplan.metadata[0].name
    labels    = local.labels
  }
  data = {
    THUISPLAN_DB_URL        = var.database_url
    THUISPLAN_DB_USER       = var.db_user
    THUISPLAN_DB_OWNER_USER = var.db_owner_user
    THUISPLAN_DEMO          = "false"
    THUISPLAN_PORT          = "8080"
  }
}

resource "kubernetes_secret_v1" "thuisplan" {
  metadata {
    name      = "thuisplan-secrets"
    namespace = kubernetes_namespace_v1.thuisplan.metadata[0].name
    labels    = local.labels
  }
  type = "Opaque"
  # Plain values: the provider base64-encodes them. They also end up in the state file.
  data = {
    THUISPLAN_DB_PASSWORD       = var.db_password
    THUISPLAN_DB_OWNER_PASSWORD = var.db_owner_password
    THUISPLAN_JWT_SECRET        = var.jwt_secret
  }
}

resource "kubernetes_deployment_v1" "thuisplan" {
  metadata {
    name      = local.name
    namespace = kubernetes_namespace_v1.thuisplan.metadata[0].name
    labels    = local.labels
  }

  spec {
    replicas               = var.replicas
    revision_history_limit = 5

    selector {
      match_labels = local.selector
    }

    strategy {
      type = "RollingUpdate"
      rolling_update {
        max_unavailable = "0"
        max_surge       = "1"
      }
    }

    template {
      metadata {
        labels = local.labels
        annotations = {
          # Roll the pods when the configuration changes (envFrom is read at start only).
          # Not done for the Secret, to keep even a hash of it out of the pod spec: after
          # rotating a secret, run `kubectl -n <ns> rollout restart deployment/thuisplan`.
          "checksum/config" = sha256(jsonencode(kubernetes_config_map_v1.thuisplan.data))
        }
      }

      spec {
        automount_service_account_token = false
        # Required: a Service named "thuisplan" would otherwise inject THUISPLAN_PORT=tcp://...
        enable_service_links = false

        security_context {
          run_as_non_root = true
          run_as_user     = "10001" # the image's thuisplan user (the provider types these as strings)
          run_as_group    = "10001"
          fs_group        = "10001"
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }

        # Haven clusters span several availability zones: spread the replicas over them.
        topology_spread_constraint {
          max_skew           = 1
          topology_key       = "topology.kubernetes.io/zone"
          when_unsatisfiable = "ScheduleAnyway"
          label_selector {
            match_labels = local.selector
          }
        }
        topology_spread_constraint {
          max_skew           = 1
          topology_key       = "kubernetes.io/hostname"
          when_unsatisfiable = "ScheduleAnyway"
          label_selector {
            match_labels = local.selector
          }
        }

        container {
          name              = local.name
          image             = var.image
          image_pull_policy = "IfNotPresent"

          port {
            name           = "http"
            container_port = 8080
            protocol       = "TCP"
          }

          env_from {
            config_map_ref {
              name = kubernetes_config_map_v1.thuisplan.metadata[0].name
            }
          }
          env_from {
            secret_ref {
              name = kubernetes_secret_v1.thuisplan.metadata[0].name
            }
          }

          # The image's JAVA_TOOL_OPTIONS sets -XX:MaxRAMPercentage=75: about 1.1 GiB heap
          # with the default 1536Mi. Memory request = limit: no OOM kills from overcommit.
          resources {
            requests = {
              cpu    = "250m"
              memory = var.memory
            }
            limits = {
              cpu    = "2"
              memory = var.memory
            }
          }

          # Start-up runs the Flyway migrations before the port opens: allow up to 5 minutes.
          startup_probe {
            http_get {
              path = "/"
              port = "http"
            }
            period_seconds    = 5
            failure_threshold = 60
          }
          # GET / serves the SPA's index.html without a token (the API needs one).
          readiness_probe {
            http_get {
              path = "/"
              port = "http"
            }
            period_seconds    = 10
            timeout_seconds   = 3
            failure_threshold = 3
          }
          liveness_probe {
            http_get {
              path = "/"
              port = "http"
            }
            period_seconds    = 20
            timeout_seconds   = 3
            failure_threshold = 3
          }

          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            privileged                 = false
            capabilities {
              drop = ["ALL"]
            }
          }

          volume_mount {
            name       = "tmp"
            mount_path = "/tmp"
          }
        }

        # The only writable path: JVM and Netty temporary files, multipart uploads.
        volume {
          name = "tmp"
          empty_dir {
            size_limit = "256Mi"
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "thuisplan" {
  metadata {
    name      = local.name
    namespace = kubernetes_namespace_v1.thuisplan.metadata[0].name
    labels    = local.labels
  }
  spec {
    type     = "ClusterIP"
    selector = local.selector
    port {
      name        = "http"
      port        = 80
      target_port = "http"
      protocol    = "TCP"
    }
  }
}

resource "kubernetes_ingress_v1" "thuisplan" {
  metadata {
    name      = local.name
    namespace = kubernetes_namespace_v1.thuisplan.metadata[0].name
    labels    = local.labels
    annotations = merge(
      # Uploads go up to 12 MB; ingress-nginx allows 1 MB by default.
      { "nginx.ingress.kubernetes.io/proxy-body-size" = "12m" },
      var.cluster_issuer == null ? {} : { "cert-manager.io/cluster-issuer" = var.cluster_issuer },
    )
  }
  spec {
    ingress_class_name = var.ingress_class_name
    tls {
      hosts       = [var.host]
      secret_name = var.tls_secret_name
    }
    rule {
      host = var.host
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = kubernetes_service_v1.thuisplan.metadata[0].name
              port {
                name = "http"
              }
            }
          }
        }
      }
    }
  }
}

# Everything in the namespace is denied unless a policy below allows it.
resource "kubernetes_network_policy_v1" "default_deny" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace_v1.thuisplan.metadata[0].name
    labels    = local.labels
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]
  }
}

# The app: ingress only from the ingress controller on 8080; egress only to DNS and to
# PostgreSQL on 5432. (Kubelet probes come from the node and are not subject to this.)
resource "kubernetes_network_policy_v1" "thuisplan" {
  metadata {
    name      = local.name
    namespace = kubernetes_namespace_v1.thuisplan.metadata[0].name
    labels    = local.labels
  }
  spec {
    pod_selector {
      match_labels = local.selector
    }
    policy_types = ["Ingress", "Egress"]

    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = var.ingress_controller_namespace }
        }
      }
      ports {
        port     = "8080"
        protocol = "TCP"
      }
    }

    # Cluster DNS (CoreDNS in kube-system). With NodeLocal DNSCache, allow its address too.
    egress {
      to {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = "kube-system" }
        }
        pod_selector {
          match_labels = { "k8s-app" = "kube-dns" }
        }
      }
      ports {
        port     = "53"
        protocol = "UDP"
      }
      ports {
        port     = "53"
        protocol = "TCP"
      }
    }

    egress {
      dynamic "to" {
        for_each = var.database_cidrs
        content {
          ip_block {
            cidr = to.value
          }
        }
      }
      ports {
        port     = "5432"
        protocol = "TCP"
      }
    }
  }
}

# Keeps one pod serving during node drains and cluster upgrades.
resource "kubernetes_pod_disruption_budget_v1" "thuisplan" {
  metadata {
    name      = local.name
    namespace = kubernetes_namespace_v1.thuisplan.metadata[0].name
    labels    = local.labels
  }
  spec {
    min_available = "1"
    selector {
      match_labels = local.selector
    }
  }
}
