output "url" {
  description = "Public URL of Thuisplan."
  value       = "https://${var.host}/"
}

output "namespace" {
  description = "Namespace Thuisplan runs in."
  value       = kubernetes_namespace_v1.thuisplan.metadata[0].name
}
