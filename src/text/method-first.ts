/**
 * A label that ends in a method in brackets (`安定性（沸煮法）`), said as sheets and GB 175 write it, the method
 * first: `沸煮法安定性` and `沸煮安定性`. The same test, so the same indicator. `[]` for a label with no such note
 * (`抗压强度（3d）`: an age, not a method; `氧化镁（压蒸安定性合格）`: a condition).
 *
 * @example
 * methodFirst('安定性（沸煮法）'); // ['沸煮法安定性', '沸煮安定性']
 */
export function methodFirst(label: string): string[] {
  const m = /^(\p{Script=Han}+)\s*\(\s*((\p{Script=Han}+?)法)\s*\)$/u.exec(label.normalize('NFKC').trim());
  return m ? [`${m[2]}${m[1]}`, `${m[3]}${m[1]}`] : [];
}
