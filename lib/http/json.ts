// The request and response helpers under their old address, for the route handlers not on
// apiRoute (next-auth's) and proxy.ts. New code imports from the module that defines each.

export { DEFAULT_BODY_LIMIT } from './body-limit';
export { parseJsonBody, readBodyText, readFormBody } from './body';
export { HttpError, jsonError } from './error-response';
export { jsonOk, seeOther } from './respond';
export { assertSameOrigin } from './request-origin';
