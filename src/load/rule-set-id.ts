/**
 * `<industry>/<name>`: the form of a bundled rule set's id. Apart from the
 * file reader so that the browser (the studio page) can tell an id from a path.
 *
 * @example
 * RULE_SET_ID.test('steel/hot-rolled-ribbed-bar') // true
 */
export const RULE_SET_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
