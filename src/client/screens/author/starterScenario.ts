/** What the studio opens with: a small valid scenario to change, so the graph and the checks show from the start. */
export const STARTER_SCENARIO = `schemaVersion: 1
id: my-exercise
title: My exercise
language: en
duration: 1h
agencies:
  - id: police
    name: Police
    roles:
      - { id: duty-officer, name: Duty officer, level: tactical }
  - id: municipality
    name: Municipality
    roles:
      - { id: mayor, name: Mayor, level: strategic }
authorities:
  - { id: closure, name: Close the premises, holders: [mayor], level: strategic }
tasks:
  - { id: secure-site, name: Secure the site, lead: police, support: [municipality] }
injects:
  - id: i01
    at: 0m
    title: Report of a drugs lab
    body: A neighbour reports a chemical smell.
    expects:
      - { task: secure-site, within: 15m }
events:
  - id: e01
    title: Nobody secured the site
    trigger: { missed: { task: secure-site, by: 20m } }
`;

export const STARTER_FILE = 'my-exercise.yaml';
