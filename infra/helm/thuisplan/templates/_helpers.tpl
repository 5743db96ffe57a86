{{/* Names and labels shared by every template. */}}

{{- define "thuisplan.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's object names: "thuisplan" for a release named thuisplan, else "<release>-thuisplan". */}}
{{- define "thuisplan.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "thuisplan.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "thuisplan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: thuisplan
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Selector of the application pods (not the migration Job's). Never change it: selectors are immutable. */}}
{{- define "thuisplan.selectorLabels" -}}
app.kubernetes.io/name: {{ include "thuisplan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: server
{{- end }}

{{- define "thuisplan.migrationSelectorLabels" -}}
app.kubernetes.io/name: {{ include "thuisplan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: migration
{{- end }}

{{/* Image by digest when one is given (reproducible), else by tag (default: the chart's appVersion). */}}
{{- define "thuisplan.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{- define "thuisplan.configName" -}}
{{- printf "%s-config" (include "thuisplan.fullname" .) }}
{{- end }}

{{/* The prefix of a single sign-on provider's environment variables, as the app derives it from the key:
     THUISPLAN_SSO_<KEY>_ with the key upper-cased and '-' turned into '_' (corporatie-mra ->
     THUISPLAN_SSO_CORPORATIE_MRA_). */}}
{{- define "thuisplan.ssoVariablePrefix" -}}
{{- printf "THUISPLAN_SSO_%s_" (.key | upper | replace "-" "_") }}
{{- end }}

{{/* The single sign-on providers as the app reads them (docs/sso-providers.md): THUISPLAN_SSO_PROVIDERS
     and per provider ISSUER, CLIENT_ID, LABEL, ORGANISATIONS, DOMAINS from values, CLIENT_SECRET from
     sso.existingSecret only. Refuses a key used twice (two providers would share their variables). */}}
{{- define "thuisplan.ssoEnv" -}}
{{- $keys := list }}
{{- range .Values.sso.providers }}
{{- if has .key $keys }}
{{- fail (printf "sso.providers: the key %s is used twice" .key) }}
{{- end }}
{{- $keys = append $keys .key }}
{{- end }}
- name: THUISPLAN_SSO_PROVIDERS
  value: {{ join "," $keys | quote }}
{{- range .Values.sso.providers }}
{{- $var := include "thuisplan.ssoVariablePrefix" . }}
- name: {{ $var }}ISSUER
  value: {{ .issuer | quote }}
- name: {{ $var }}CLIENT_ID
  value: {{ .clientId | quote }}
- name: {{ $var }}CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $.Values.sso.existingSecret }}
      key: {{ default (printf "%sCLIENT_SECRET" $var) .clientSecretKey }}
{{- with .label }}
- name: {{ $var }}LABEL
  value: {{ . | quote }}
{{- end }}
- name: {{ $var }}ORGANISATIONS
  value: {{ join "," .organisations | quote }}
{{- with .domains }}
- name: {{ $var }}DOMAINS
  value: {{ join "," . | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* Pod-level hardening: the "restricted" Pod Security Standard. UID 10001 is the image's thuisplan user. */}}
{{- define "thuisplan.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "thuisplan.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
runAsNonRoot: true
capabilities:
  drop: [ALL]
{{- end }}

{{/* The pod's terminationGracePeriodSeconds: preStop sleep + the app's own grace period + a margin, so
     that the kubelet never sends SIGKILL while requests are still being finished. */}}
{{- define "thuisplan.terminationGracePeriodSeconds" -}}
{{- add .Values.shutdown.preStopSeconds .Values.shutdown.graceSeconds .Values.shutdown.marginSeconds }}
{{- end }}

{{/* Network policy egress rules shared by the application and the migration Job: DNS and PostgreSQL. */}}
{{- define "thuisplan.egressDnsAndDatabase" -}}
# Cluster DNS (CoreDNS in kube-system). With NodeLocal DNSCache, allow its address in networkPolicy.extraEgress.
- to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: {{ .Values.networkPolicy.dns.namespace }}
      podSelector:
        matchLabels:
          {{- toYaml .Values.networkPolicy.dns.podLabels | nindent 10 }}
  ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
# PostgreSQL. An empty list of addresses would allow the port to every address: refused below.
{{- if not .Values.database.cidrs }}
{{- fail "database.cidrs must list the PostgreSQL server's address ranges when networkPolicy.enabled is true" }}
{{- end }}
- to:
    {{- range .Values.database.cidrs }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
  ports:
    - port: {{ .Values.database.port }}
      protocol: TCP
{{- end }}
