terraform {
  required_version = ">= 1.5"

  required_providers {
    kubernetes = {
      source = "hashicorp/kubernetes"
      # Only *_v1 resources are used: they exist in 2.x and are the only names left in 3.x.
      version = ">= 2.36.0, < 4.0.0"
    }
  }

  # State holds the Secret's values in plain text: use an encrypted remote backend with
  # restricted access for real environments (e.g. backend "s3" or "kubernetes").
}
