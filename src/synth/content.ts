/**
 * Real file content for the four Web Modeler file types, so created files are files the
 * product would open: a BPMN process, a DMN decision, a form and a connector template.
 */
export type FileType = 'bpmn' | 'dmn' | 'form' | 'connector_template';
export const FILE_TYPES: readonly FileType[] = ['bpmn', 'dmn', 'form', 'connector_template'];

function xmlId(name: string): string {
  return `wmct_${name.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 60);
}

export function bpmnContent(name: string, revision = 1): string {
  const id = xmlId(name);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_${id}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="wm-conformance" exporterVersion="${revision}" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">
  <bpmn:process id="Process_${id}" name="${escapeXml(name)}" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="EndEvent_1" />
    <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_1</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_${id}">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1"><dc:Bounds x="${252 + revision}" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="${252 + revision}" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

export function dmnContent(name: string, revision = 1): string {
  const id = xmlId(name);
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_${id}" name="${escapeXml(name)}" namespace="http://camunda.org/schema/1.0/dmn" exporter="wm-conformance" exporterVersion="${revision}" modeler:executionPlatform="Camunda Cloud">
  <decision id="Decision_${id}" name="${escapeXml(name)}">
    <decisionTable id="DecisionTable_1">
      <input id="Input_1" label="amount"><inputExpression id="InputExpression_1" typeRef="number"><text>amount</text></inputExpression></input>
      <output id="Output_1" label="approved" name="approved" typeRef="boolean" />
      <rule id="Rule_1"><inputEntry id="InputEntry_1"><text>&lt;= ${1000 * revision}</text></inputEntry><outputEntry id="OutputEntry_1"><text>true</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>
`;
}

export function formContent(name: string, revision = 1): string {
  return JSON.stringify({
    schemaVersion: 16,
    exporter: { name: 'wm-conformance', version: String(revision) },
    type: 'default',
    id: `Form_${xmlId(name)}`,
    components: [
      { label: 'Amount', type: 'number', id: 'Field_amount', key: 'amount' },
      { label: `Approve (rev ${revision})`, type: 'checkbox', id: 'Field_approved', key: 'approved' },
    ],
  });
}

export function connectorTemplateContent(name: string, revision = 1): string {
  return JSON.stringify({
    $schema: 'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json',
    name,
    id: xmlId(name),
    version: revision,
    appliesTo: ['bpmn:Task'],
    elementType: { value: 'bpmn:ServiceTask' },
    properties: [
      { type: 'Hidden', value: 'io.camunda:http-json:1', binding: { type: 'zeebe:taskDefinition', property: 'type' } },
    ],
  });
}

export function contentFor(type: FileType, name: string, revision = 1): string {
  switch (type) {
    case 'bpmn':
      return bpmnContent(name, revision);
    case 'dmn':
      return dmnContent(name, revision);
    case 'form':
      return formContent(name, revision);
    case 'connector_template':
      return connectorTemplateContent(name, revision);
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
