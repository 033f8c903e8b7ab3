/** The JSON body of every HTTP error the relay returns. */
export interface HttpErrorBody {
  readonly error: { readonly status: number; readonly message: string };
}

/** Builds the JSON error body for `status`. */
export function httpErrorBody(status: number, message: string): HttpErrorBody {
  return { error: { status, message } };
}
