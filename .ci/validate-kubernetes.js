// Validates each document of a Kubernetes manifest against the Kubernetes API's schema (kubernetes-models, generated
// from the API's OpenAPI definitions): field types, required fields, formats such as quantities, allowed values.
// Usage: node .ci/validate-kubernetes.js deploy/kubernetes.yml   (exit 1 and one line per problem when invalid)
"use strict";
const fs = require("fs");
const yaml = require("js-yaml");

const kinds = {
  "apps/v1 Deployment": () => require("kubernetes-models/apps/v1").Deployment,
  "v1 Service": () => require("kubernetes-models/v1").Service,
  "v1 ConfigMap": () => require("kubernetes-models/v1").ConfigMap,
  "networking.k8s.io/v1 Ingress": () => require("kubernetes-models/networking.k8s.io/v1").Ingress,
};

let failed = 0;
for (const file of process.argv.slice(2)) {
  const docs = yaml.loadAll(fs.readFileSync(file, "utf8")).filter((d) => d);
  docs.forEach((doc, index) => {
    const name = `${file}: document ${index + 1} (${doc.kind} ${doc.metadata && doc.metadata.name})`;
    const model = kinds[`${doc.apiVersion} ${doc.kind}`];
    if (!model) {
      console.log(`${name}: no schema here for ${doc.apiVersion} ${doc.kind}: add it to .ci/validate-kubernetes.js`);
      failed++;
      return;
    }
    try {
      new (model())(doc).validate();
      console.log(`${name}: valid`);
    } catch (e) {
      console.log(`${name}: ${e.message}`);
      failed++;
    }
  });
}
process.exit(failed === 0 ? 0 : 1);
