/** A township file of 东湖镇 (a registered township of the mini repository) with the given body. */
export const townshipFile = (body: string) => `kind: township\ntownship: 东湖镇\n${body}`;
