terraform {
  # optional() object attributes with defaults need 1.3; 1.5 as before.
  required_version = ">= 1.5"

  required_providers {
    # Installs the chart infra/helm/thuisplan: the one description of the Kubernetes objects.
    helm = {
      source = "hashicorp/helm"
      # 3.x: `kubernetes = { ... }` in the provider is an object attribute (a block in 2.x).
      version = ">= 3.0.0, < 4.0.0"
    }
    # Only for what the chart leaves to the cluster's operators: the namespace (with its Pod Security
    # labels) and, if asked, the two Secrets the chart refers to.
    kubernetes = {
      source = "hashicorp/kubernetes"
      # Only *_v1 resources with metadata blocks are used: valid in 2.x and 3.x.
      version = ">= 2.36.0, < 4.0.0"
    }
  }

  # With create_secrets = true the state holds the secret values in plain text: use an encrypted
  # remote backend with restricted access for real environments (e.g. backend "s3" or "kubernetes").
}
