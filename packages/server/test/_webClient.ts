/** A browser without a browser: cookies, forms with their CSRF token, for the web desks' tests. */

/** What `app.request` is. */
export type Fetcher = (path: string, init?: RequestInit) => Response | Promise<Response>;

/** A client with its own cookies, following nothing (redirects are returned). */
export function webClient(fetcher: Fetcher) {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
  };
  const headers = (extra: Record<string, string> = {}) => ({
    cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    ...extra,
  });
  const client = {
    cookies,
    async get(path: string): Promise<{ status: number; text: string; response: Response }> {
      const response = await fetcher(path, { headers: headers() });
      remember(response);
      return { status: response.status, text: await response.text(), response };
    },
    /** The CSRF token of the last page's forms. */
    csrfOf(text: string): string {
      const match = /name="_csrf"\s+value="([^"]+)"/.exec(text);
      if (!match) throw new Error('no CSRF field on the page');
      return match[1]!;
    },
    async post(
      path: string,
      fields: Record<string, string>,
    ): Promise<{ status: number; text: string; location: string | null }> {
      const response = await fetcher(path, {
        method: 'POST',
        headers: headers({ 'content-type': 'application/x-www-form-urlencoded' }),
        body: new URLSearchParams(fields).toString(),
      });
      remember(response);
      return {
        status: response.status,
        text: await response.text(),
        location: response.headers.get('location'),
      };
    },
    async postMultipart(
      path: string,
      form: FormData,
    ): Promise<{ status: number; text: string; location: string | null }> {
      const request = new Request('http://localhost' + path, { method: 'POST', body: form });
      const response = await fetcher(path, {
        method: 'POST',
        headers: headers({ 'content-type': request.headers.get('content-type')! }),
        body: await request.arrayBuffer(),
      });
      remember(response);
      return {
        status: response.status,
        text: await response.text(),
        location: response.headers.get('location'),
      };
    },
  };
  return client;
}

/** A client signed in through the sign-in form (its CSRF token, then the login and password). */
export async function signedInClient(fetcher: Fetcher, login: string, password: string) {
  const client = webClient(fetcher);
  const page = await client.get('/masuk');
  const done = await client.post('/masuk', {
    _csrf: client.csrfOf(page.text),
    login,
    sandi: password,
  });
  if (done.status !== 303) throw new Error(`${login} could not sign in (${String(done.status)})`);
  return client;
}
