import type { RuleSetRef } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';

const refs = new WeakMap<RuleSetModel, RuleSetRef>();

/** The rule set a result names (id, version, provenance level): one frozen object per rule set, shared by all its results. */
export function ruleSetRef(model: RuleSetModel): RuleSetRef {
  let ref = refs.get(model);
  if (!ref) {
    ref = Object.freeze({
      id: model.meta.id,
      version: model.meta.version,
      provenance: model.meta.provenance.level,
    });
    refs.set(model, ref);
  }
  return ref;
}
