output "url" {
  description = "Public URL of Thuisplan."
  value       = "https://${var.host}/"
}

output "namespace" {
  description = "Namespace Thuisplan runs in."
  value       = helm_release.thuisplan.namespace
}

output "release" {
  description = "Name of the Helm release (helm -n <namespace> status <release>)."
  value       = helm_release.thuisplan.name
}
