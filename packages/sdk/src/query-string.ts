type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/**
 * Query parameters from typed values: arrays become repeated parameters, `undefined` is left out.
 * (The server checks every parameter against the contract's query table.)
 */
export function toSearchParams(values: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values) as [string, QueryValue][]) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, String(item));
    else params.append(name, String(value));
  }
  return params;
}
