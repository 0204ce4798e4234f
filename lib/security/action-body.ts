/**
 * Whether a server action's request body is something Next.js can decode. Next.js answers a body it cannot
 * parse (truncated JSON, broken multipart) with a 500 and a stack trace in the log; the proxy checks first
 * and answers 400 instead. Takes a clone: the body must still reach the action.
 */
export async function isDecodableActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('multipart/form-data')) {
      await request.formData();
      return true;
    }
    if (type.startsWith('application/x-www-form-urlencoded')) return true;
    // Otherwise Next.js reads the body as the JSON encoding of the arguments.
    JSON.parse(await request.text());
    return true;
  } catch {
    return false;
  }
}
