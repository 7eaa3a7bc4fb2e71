/** A content mistake a writer can fix: names the file, the field and the reason. */
export class ContentError extends Error {
  constructor(file: string, field: string, reason: string) {
    super(`${file}: ${field}: ${reason}`);
    this.name = 'ContentError';
  }
}
