import { readConfigText } from './src/_readConfigText.ts';
const text = readConfigText('apiVersion: mpp-kit/v1\nmall:\n  id: mpp-batang\n  id: again\n', 'mall.yaml');
console.log(text.issues[0]?.code, text.issues[0]?.line, JSON.stringify(text.value), text.locate(['mall', 'id'], 'key'), text.lineText(4));
import { findJsonSyntaxError, findJsonDuplicateKeys, locateJson } from './src/_readJsonScanner.ts';
console.log(findJsonSyntaxError('{"a": 1,}'), JSON.stringify(findJsonDuplicateKeys('{"a": 1, "a": 2}')), locateJson('{"a": [1, {"b": 2}]}', ['a', 1, 'b'], 'value'));
