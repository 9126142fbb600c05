import { objectOf, parseJson } from './answerJson'

/**
 * Parses an answer body that should be a JSON object; undefined for anything else (HTML, empty, arrays,
 * broken JSON), so classifiers never throw.
 *
 * @example
 * parseJsonObject('{"code":-1022}') // { code: -1022 }
 */
export function parseJsonObject(body: string): Record<string, unknown> | undefined {
  return body.trimStart()[0] === '{' ? objectOf(parseJson(body)) : undefined
}
