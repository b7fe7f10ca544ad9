// Errors a route throws to answer with GitHub's error body: message, documentation_url, status and,
// for 422, the list of field errors.

export type FieldError = {
  resource: string;
  code: 'missing_field' | 'invalid' | 'already_exists' | 'custom' | 'missing' | 'unprocessable';
  field?: string;
  value?: unknown;
  message?: string;
};

export type ErrorBody = {
  message: string;
  documentation_url: string;
  status: string;
  errors?: FieldError[];
};

export const DOCS_ROOT = 'https://docs.github.com/rest';

export class HttpError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, message: string, documentationUrl: string = DOCS_ROOT, errors?: FieldError[]) {
    super(message);
    this.status = status;
    this.body = { message, documentation_url: documentationUrl, status: String(status) };
    if (errors) this.body.errors = errors;
  }
}

export function notFound(documentationUrl: string = DOCS_ROOT): HttpError {
  return new HttpError(404, 'Not Found', documentationUrl);
}

export function validationFailed(documentationUrl: string, errors: FieldError[]): HttpError {
  return new HttpError(422, 'Validation Failed', documentationUrl, errors);
}
