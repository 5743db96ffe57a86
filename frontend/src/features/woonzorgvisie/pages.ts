/** The woonzorgvisie pages, loaded together on first use (data blocks carry the charting code). */
export { DocumentPage } from './DocumentPage';
export { DocumentsPage } from './DocumentsPage';
export { TemplateEditorPage } from './TemplateEditorPage';
export { TemplatesPage } from './TemplatesPage';
