/**
 * A catalogue that cannot be used. The message is one line that names the entity and the field,
 * so the CLI can print it as it is and the options page can show it beside the import button.
 */
export class CatalogError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'CatalogError';
  }
}
