import { aB as a, aA as i } from "./copilot/copilot-CCNve-Zy.js";
export {
  a as createChildrenDefinitions,
  i as registerImporter
};
