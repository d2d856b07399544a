/** The body of every 4xx/5xx answer of `/api`: `message` names the field or says what went wrong. */
export interface ApiErrorBody {
  statusCode: number;
  message: string | string[];
  error?: string;
}
