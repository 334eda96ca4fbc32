// @ts-nocheck -- ajv standalone code; the factories are typed where they are used (lint/schema-validation.ts).
/* Generated from schemas/openapi.yaml by `npm run generate` (lint/validator-codegen.ts). Do not edit. */
/* Each factory: (() => the `$ref`-expanded schema, the fast matchers and formats) → validate function. */
/* request-file.json: the envelope; request-file.json#OP: the branch of operation OP, without its body */
/* (see requestFileEnvelope in lint/validator-codegen.ts). These factories get the full request-file root. */
export const validatorFactories = {
  "availability-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func5 = codePointLength;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/availability-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domains === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "domains")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.domains !== undefined){
let data0 = data.domains;
if(Array.isArray(data0)){
if(data0.length > 50){
const err2 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(data1.length > 2048 && func5(data1) > 2048){
const err4 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.type,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.domains.type,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "cancel-order-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^dom_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/cancel-order-request.json" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.domains === undefined) && (missing0 = "domains")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scope !== undefined){
const err1 = {instancePath:instancePath+"/scope",schemaPath:"#/allOf/0/then/properties/scope/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[0].then.properties.scope,data:data.scope};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[0].if,parentSchema:schemaRoot().allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "domains") || (key0 === "scope"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.domains !== undefined){
let data1 = data.domains;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.domains,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs9 = errors;
let valid6 = false;
const _errs10 = errors;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schemaRoot().properties.domains.items.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.anyOf[0].type,parentSchema:schemaRoot().properties.domains.items.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const _errs12 = errors;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"},message:"must match pattern \""+"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"+"\"",schema:"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$",parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.length > 253 && func7(data2) > 253){
const err8 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length < 2 * 3 && func7(data2) < 3){
const err9 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.anyOf[1].type,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid6 = valid6 || _valid1;
}
if(!valid6){
const err11 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().properties.domains.items.anyOf,parentSchema:schemaRoot().properties.domains.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.domains.type,parentSchema:schemaRoot().properties.domains,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.scope !== undefined){
let data3 = data.scope;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.scope.type,parentSchema:schemaRoot().properties.scope,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(data3 === "order")){
const err14 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.scope.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.scope.enum,parentSchema:schemaRoot().properties.scope,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "create-bundle-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func5 = codePointLength;
const func0 = peekerRegExp;
const pattern4 = func0("^[A-Za-z]{3}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/create-bundle-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.monthly_sending_volume === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "monthly_sending_volume"},message:"must have required property '"+"monthly_sending_volume"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "monthly_sending_volume")) || (key0 === "google_percent")) || (key0 === "microsoft_percent")) || (key0 === "send_on_weekends")) || (key0 === "google_inboxes_per_domain")) || (key0 === "customer_price_cents")) || (key0 === "currency"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(data0.length > 200 && func5(data0) > 200){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schemaRoot().properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 2 * 1 && func5(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.name.type,parentSchema:schemaRoot().properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.monthly_sending_volume !== undefined){
let data1 = data.monthly_sending_volume;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err6 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.monthly_sending_volume.type,parentSchema:schemaRoot().properties.monthly_sending_volume,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.monthly_sending_volume,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().properties.monthly_sending_volume,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.google_percent !== undefined){
let data2 = data.google_percent;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
const err9 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/type",keyword:"type",params:{type: schemaRoot().properties.google_percent.type},message:"must be integer,null",schema:schemaRoot().properties.google_percent.type,parentSchema:schemaRoot().properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 > 100 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schemaRoot().properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.microsoft_percent !== undefined){
let data3 = data.microsoft_percent;
if((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)){
const err12 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/type",keyword:"type",params:{type: schemaRoot().properties.microsoft_percent.type},message:"must be integer,null",schema:schemaRoot().properties.microsoft_percent.type,parentSchema:schemaRoot().properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schemaRoot().properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.send_on_weekends !== undefined){
let data4 = data.send_on_weekends;
if(typeof data4 !== "boolean"){
const err15 = {instancePath:instancePath+"/send_on_weekends",schemaPath:"#/properties/send_on_weekends/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schemaRoot().properties.send_on_weekends.type,parentSchema:schemaRoot().properties.send_on_weekends,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.google_inboxes_per_domain !== undefined){
let data5 = data.google_inboxes_per_domain;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err16 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.google_inboxes_per_domain.type,parentSchema:schemaRoot().properties.google_inboxes_per_domain,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data5 === 2) || (data5 === 3))){
const err17 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.google_inboxes_per_domain.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.google_inboxes_per_domain.enum,parentSchema:schemaRoot().properties.google_inboxes_per_domain,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.customer_price_cents !== undefined){
let data6 = data.customer_price_cents;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err18 = {instancePath:instancePath+"/customer_price_cents",schemaPath:"#/properties/customer_price_cents/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.customer_price_cents.type,parentSchema:schemaRoot().properties.customer_price_cents,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 9007199254740991 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/customer_price_cents",schemaPath:"#/properties/customer_price_cents/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.customer_price_cents,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/customer_price_cents",schemaPath:"#/properties/customer_price_cents/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schemaRoot().properties.customer_price_cents,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.currency !== undefined){
let data7 = data.currency;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err21 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3}$"},message:"must match pattern \""+"^[A-Za-z]{3}$"+"\"",schema:"^[A-Za-z]{3}$",parentSchema:schemaRoot().properties.currency,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.currency.type,parentSchema:schemaRoot().properties.currency,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.google_percent !== undefined){
if(data.microsoft_percent === undefined){
const err23 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "google_percent",
    missingProperty: "microsoft_percent",
    depsCount: 1,
    deps: "microsoft_percent"},message:"must have property microsoft_percent when property google_percent is present",schema:schemaRoot().dependentRequired,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.microsoft_percent !== undefined){
if(data.google_percent === undefined){
const err24 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "microsoft_percent",
    missingProperty: "google_percent",
    depsCount: 1,
    deps: "google_percent"},message:"must have property google_percent when property microsoft_percent is present",schema:schemaRoot().dependentRequired,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "create-order-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func5 = Object.prototype.hasOwnProperty;
const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");
const pattern6 = func0("^bun_[0-9A-Za-z]+$", "u");
const pattern7 = func0("^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$", "u");
const pattern9 = func0("^[Hh][Tt][Tt][Pp][Ss]?://", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats6 = formats.uri;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/create-order-request.json" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schemaRoot().allOf[0].anyOf[0].required,parentSchema:schemaRoot().allOf[0].anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "user_id"},message:"must have required property '"+"user_id"+"'",schema:schemaRoot().allOf[0].anyOf[1].required,parentSchema:schemaRoot().allOf[0].anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().allOf[0].anyOf,parentSchema:schemaRoot().allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.personas === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "personas"},message:"must have required property '"+"personas"+"'",schema:schemaRoot().allOf[1].anyOf[0].required,parentSchema:schemaRoot().allOf[1].anyOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid1 = _errs7 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.users === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'",schema:schemaRoot().allOf[1].anyOf[1].required,parentSchema:schemaRoot().allOf[1].anyOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs8 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/1/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().allOf[1].anyOf,parentSchema:schemaRoot().allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
const _errs10 = errors;
let valid3 = false;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bundle_id === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/2/anyOf/0/required",keyword:"required",params:{missingProperty: "bundle_id"},message:"must have required property '"+"bundle_id"+"'",schema:schemaRoot().allOf[2].anyOf[0].required,parentSchema:schemaRoot().allOf[2].anyOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid2 = _errs11 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.google_licenses === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/2/anyOf/1/required",keyword:"required",params:{missingProperty: "google_licenses"},message:"must have required property '"+"google_licenses"+"'",schema:schemaRoot().allOf[2].anyOf[1].required,parentSchema:schemaRoot().allOf[2].anyOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid2 = _errs12 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.microsoft_licenses === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/2/anyOf/2/required",keyword:"required",params:{missingProperty: "microsoft_licenses"},message:"must have required property '"+"microsoft_licenses"+"'",schema:schemaRoot().allOf[2].anyOf[2].required,parentSchema:schemaRoot().allOf[2].anyOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid2 = _errs13 === errors;
valid3 = valid3 || _valid2;
}
}
if(!valid3){
const err9 = {instancePath,schemaPath:"#/allOf/2/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().allOf[2].anyOf,parentSchema:schemaRoot().allOf[2],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
const _errs15 = errors;
let valid4 = true;
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.bundle_id === undefined) && (missing0 = "bundle_id")){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid3 = _errs16 === errors;
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.google_licenses !== undefined){
const err11 = {instancePath:instancePath+"/google_licenses",schemaPath:"#/allOf/3/then/properties/google_licenses/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[3].then.properties.google_licenses,data:data.google_licenses};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.microsoft_licenses !== undefined){
const err12 = {instancePath:instancePath+"/microsoft_licenses",schemaPath:"#/allOf/3/then/properties/microsoft_licenses/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[3].then.properties.microsoft_licenses,data:data.microsoft_licenses};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.google_inboxes_per_domain !== undefined){
const err13 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/allOf/3/then/properties/google_inboxes_per_domain/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[3].then.properties.google_inboxes_per_domain,data:data.google_inboxes_per_domain};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid3 = _errs17 === errors;
valid4 = _valid3;
}
if(!valid4){
const err14 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[3].if,parentSchema:schemaRoot().allOf[3],data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const _errs19 = errors;
let valid6 = true;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.user === undefined) && (missing1 = "user")){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid4 = _errs20 === errors;
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id !== undefined){
const err16 = {instancePath:instancePath+"/user_id",schemaPath:"#/allOf/4/then/properties/user_id/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[4].then.properties.user_id,data:data.user_id};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid4 = _errs21 === errors;
valid6 = _valid4;
}
if(!valid6){
const err17 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[4].if,parentSchema:schemaRoot().allOf[4],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const _errs23 = errors;
let valid8 = true;
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.personas === undefined) && (missing2 = "personas")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var _valid5 = _errs24 === errors;
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.users !== undefined){
const err19 = {instancePath:instancePath+"/users",schemaPath:"#/allOf/5/then/properties/users/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[5].then.properties.users,data:data.users};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid5 = _errs25 === errors;
valid8 = _valid5;
}
if(!valid8){
const err20 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[5].if,parentSchema:schemaRoot().allOf[5],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sequencer === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequencer"},message:"must have required property '"+"sequencer"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.domains === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schemaRoot().properties, key0))){
const err23 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.user !== undefined){
let data5 = data.user;
const _errs28 = errors;
let valid11 = false;
const _errs29 = errors;
const _errs30 = errors;
let valid12 = false;
const _errs31 = errors;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err24 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().properties.user.anyOf[0].anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.user.anyOf[0].anyOf[0].type,parentSchema:schemaRoot().properties.user.anyOf[0].anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid7 = _errs31 === errors;
valid12 = valid12 || _valid7;
if(!valid12){
const _errs33 = errors;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err26 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/1/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().properties.user.anyOf[0].anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data5.length > 254 && func7(data5) > 254){
const err27 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schemaRoot().properties.user.anyOf[0].anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.user.anyOf[0].anyOf[1].type,parentSchema:schemaRoot().properties.user.anyOf[0].anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid7 = _errs33 === errors;
valid12 = valid12 || _valid7;
}
if(!valid12){
const err29 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().properties.user.anyOf[0].anyOf,parentSchema:schemaRoot().properties.user.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
var _valid6 = _errs29 === errors;
valid11 = valid11 || _valid6;
if(!valid11){
const _errs35 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.email === undefined){
const err30 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/1/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schemaRoot().properties.user.anyOf[1].required,parentSchema:schemaRoot().properties.user.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "email") || (key1 === "first_name")) || (key1 === "last_name"))){
const err31 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.user.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.email !== undefined){
let data6 = data5.email;
if(typeof data6 === "string"){
if(!(formats0.test(data6))){
const err32 = {instancePath:instancePath+"/user/email",schemaPath:"#/properties/user/anyOf/1/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().properties.user.anyOf[1].properties.email,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data6.length > 254 && func7(data6) > 254){
const err33 = {instancePath:instancePath+"/user/email",schemaPath:"#/properties/user/anyOf/1/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schemaRoot().properties.user.anyOf[1].properties.email,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/user/email",schemaPath:"#/properties/user/anyOf/1/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.user.anyOf[1].properties.email.type,parentSchema:schemaRoot().properties.user.anyOf[1].properties.email,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data5.first_name !== undefined){
let data7 = data5.first_name;
if(typeof data7 !== "string"){
const err35 = {instancePath:instancePath+"/user/first_name",schemaPath:"#/properties/user/anyOf/1/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.user.anyOf[1].properties.first_name.type,parentSchema:schemaRoot().properties.user.anyOf[1].properties.first_name,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.last_name !== undefined){
let data8 = data5.last_name;
if(typeof data8 !== "string"){
const err36 = {instancePath:instancePath+"/user/last_name",schemaPath:"#/properties/user/anyOf/1/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.user.anyOf[1].properties.last_name.type,parentSchema:schemaRoot().properties.user.anyOf[1].properties.last_name,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.user.anyOf[1].type,parentSchema:schemaRoot().properties.user.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid6 = _errs35 === errors;
valid11 = valid11 || _valid6;
}
if(!valid11){
const err38 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().properties.user.anyOf,parentSchema:schemaRoot().properties.user,data:data5};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.user_id !== undefined){
let data9 = data.user_id;
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err39 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/allOf/0/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().properties.user_id.allOf[0],data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.user_id.allOf[0].type,parentSchema:schemaRoot().properties.user_id.allOf[0],data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.bundle_id !== undefined){
let data10 = data.bundle_id;
if(typeof data10 === "string"){
if(!pattern6.test(data10)){
const err41 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/allOf/0/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schemaRoot().properties.bundle_id.allOf[0],data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.bundle_id.allOf[0].type,parentSchema:schemaRoot().properties.bundle_id.allOf[0],data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.google_licenses !== undefined){
let data11 = data.google_licenses;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err43 = {instancePath:instancePath+"/google_licenses",schemaPath:"#/properties/google_licenses/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.google_licenses.type,parentSchema:schemaRoot().properties.google_licenses,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 > 9007199254740991 || isNaN(data11)){
const err44 = {instancePath:instancePath+"/google_licenses",schemaPath:"#/properties/google_licenses/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.google_licenses,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err45 = {instancePath:instancePath+"/google_licenses",schemaPath:"#/properties/google_licenses/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schemaRoot().properties.google_licenses,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.microsoft_licenses !== undefined){
let data12 = data.microsoft_licenses;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err46 = {instancePath:instancePath+"/microsoft_licenses",schemaPath:"#/properties/microsoft_licenses/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.microsoft_licenses.type,parentSchema:schemaRoot().properties.microsoft_licenses,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 > 9007199254740991 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/microsoft_licenses",schemaPath:"#/properties/microsoft_licenses/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.microsoft_licenses,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err48 = {instancePath:instancePath+"/microsoft_licenses",schemaPath:"#/properties/microsoft_licenses/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schemaRoot().properties.microsoft_licenses,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data.google_inboxes_per_domain !== undefined){
let data13 = data.google_inboxes_per_domain;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err49 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/allOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.google_inboxes_per_domain.allOf[0].type,parentSchema:schemaRoot().properties.google_inboxes_per_domain.allOf[0],data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!((data13 === 2) || (data13 === 3))){
const err50 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/allOf/0/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.google_inboxes_per_domain.allOf[0].enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.google_inboxes_per_domain.allOf[0].enum,parentSchema:schemaRoot().properties.google_inboxes_per_domain.allOf[0],data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.sequencer !== undefined){
let data14 = data.sequencer;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.provider === undefined){
const err51 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schemaRoot().properties.sequencer.required,parentSchema:schemaRoot().properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data14.client_id === undefined){
const err52 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schemaRoot().properties.sequencer.required,parentSchema:schemaRoot().properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data14.login_email === undefined){
const err53 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "login_email"},message:"must have required property '"+"login_email"+"'",schema:schemaRoot().properties.sequencer.required,parentSchema:schemaRoot().properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data14.login_password === undefined){
const err54 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "login_password"},message:"must have required property '"+"login_password"+"'",schema:schemaRoot().properties.sequencer.required,parentSchema:schemaRoot().properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key2 in data14){
if(!((((key2 === "provider") || (key2 === "client_id")) || (key2 === "login_email")) || (key2 === "login_password"))){
const err55 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data14.provider !== undefined){
let data15 = data14.provider;
if(typeof data15 !== "string"){
const err56 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.sequencer.properties.provider.type,parentSchema:schemaRoot().properties.sequencer.properties.provider,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!(data15 === "smartlead")){
const err57 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.sequencer.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.sequencer.properties.provider.enum,parentSchema:schemaRoot().properties.sequencer.properties.provider,data:data15};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data14.client_id !== undefined){
let data16 = data14.client_id;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err58 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.sequencer.properties.client_id.type,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 > 9007199254740991 || isNaN(data16)){
const err59 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data16};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err60 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data16};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data14.login_email !== undefined){
let data17 = data14.login_email;
if(typeof data17 === "string"){
if(!(formats0.test(data17))){
const err61 = {instancePath:instancePath+"/sequencer/login_email",schemaPath:"#/properties/sequencer/properties/login_email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().properties.sequencer.properties.login_email,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data17.length > 254 && func7(data17) > 254){
const err62 = {instancePath:instancePath+"/sequencer/login_email",schemaPath:"#/properties/sequencer/properties/login_email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schemaRoot().properties.sequencer.properties.login_email,data:data17};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/sequencer/login_email",schemaPath:"#/properties/sequencer/properties/login_email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.sequencer.properties.login_email.type,parentSchema:schemaRoot().properties.sequencer.properties.login_email,data:data17};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data14.login_password !== undefined){
let data18 = data14.login_password;
if(typeof data18 === "string"){
if(data18.length < 2 * 1 && func7(data18) < 1){
const err64 = {instancePath:instancePath+"/sequencer/login_password",schemaPath:"#/properties/sequencer/properties/login_password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.sequencer.properties.login_password,data:data18};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/sequencer/login_password",schemaPath:"#/properties/sequencer/properties/login_password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.sequencer.properties.login_password.type,parentSchema:schemaRoot().properties.sequencer.properties.login_password,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.sequencer.type,parentSchema:schemaRoot().properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.domains !== undefined){
let data19 = data.domains;
if(Array.isArray(data19)){
if(data19.length < 1){
const err67 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.domains,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
let data20 = data19[i0];
const _errs71 = errors;
let valid20 = false;
const _errs72 = errors;
if(typeof data20 === "string"){
if(!pattern7.test(data20)){
const err68 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"},message:"must match pattern \""+"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"+"\"",schema:"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$",parentSchema:schemaRoot().properties.domains.items.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data20.length > 253 && func7(data20) > 253){
const err69 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schemaRoot().properties.domains.items.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data20.length < 2 * 3 && func7(data20) < 3){
const err70 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schemaRoot().properties.domains.items.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.anyOf[0].type,parentSchema:schemaRoot().properties.domains.items.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid8 = _errs72 === errors;
valid20 = valid20 || _valid8;
if(!valid20){
const _errs74 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.domain === undefined){
const err72 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schemaRoot().properties.domains.items.anyOf[1].required,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key3 in data20){
if(!((key3 === "domain") || (key3 === "forwarding_url"))){
const err73 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data20.domain !== undefined){
let data21 = data20.domain;
if(typeof data21 === "string"){
if(!pattern7.test(data21)){
const err74 = {instancePath:instancePath+"/domains/" + i0+"/domain",schemaPath:"#/properties/domains/items/anyOf/1/properties/domain/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"},message:"must match pattern \""+"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"+"\"",schema:"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$",parentSchema:schemaRoot().properties.domains.items.anyOf[1].properties.domain,data:data21};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data21.length > 253 && func7(data21) > 253){
const err75 = {instancePath:instancePath+"/domains/" + i0+"/domain",schemaPath:"#/properties/domains/items/anyOf/1/properties/domain/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schemaRoot().properties.domains.items.anyOf[1].properties.domain,data:data21};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data21.length < 2 * 3 && func7(data21) < 3){
const err76 = {instancePath:instancePath+"/domains/" + i0+"/domain",schemaPath:"#/properties/domains/items/anyOf/1/properties/domain/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schemaRoot().properties.domains.items.anyOf[1].properties.domain,data:data21};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/domains/" + i0+"/domain",schemaPath:"#/properties/domains/items/anyOf/1/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.anyOf[1].properties.domain.type,parentSchema:schemaRoot().properties.domains.items.anyOf[1].properties.domain,data:data21};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data20.forwarding_url !== undefined){
let data22 = data20.forwarding_url;
if(typeof data22 === "string"){
if(!pattern9.test(data22)){
const err78 = {instancePath:instancePath+"/domains/" + i0+"/forwarding_url",schemaPath:"#/properties/domains/items/anyOf/1/properties/forwarding_url/allOf/0/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\"",schema:"^[Hh][Tt][Tt][Pp][Ss]?://",parentSchema:schemaRoot().properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0],data:data22};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!(formats6(data22))){
const err79 = {instancePath:instancePath+"/domains/" + i0+"/forwarding_url",schemaPath:"#/properties/domains/items/anyOf/1/properties/forwarding_url/allOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schemaRoot().properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0],data:data22};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data22.length > 2048 && func7(data22) > 2048){
const err80 = {instancePath:instancePath+"/domains/" + i0+"/forwarding_url",schemaPath:"#/properties/domains/items/anyOf/1/properties/forwarding_url/allOf/0/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schemaRoot().properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0],data:data22};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/domains/" + i0+"/forwarding_url",schemaPath:"#/properties/domains/items/anyOf/1/properties/forwarding_url/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0].type,parentSchema:schemaRoot().properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0],data:data22};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.domains.items.anyOf[1].type,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid8 = _errs74 === errors;
valid20 = valid20 || _valid8;
}
if(!valid20){
const err83 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().properties.domains.items.anyOf,parentSchema:schemaRoot().properties.domains.items,data:data20};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err84 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.domains.type,parentSchema:schemaRoot().properties.domains,data:data19};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.personas !== undefined){
let data23 = data.personas;
if(Array.isArray(data23)){
if(data23.length > 10){
const err85 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schemaRoot().properties.personas,data:data23};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data23.length < 1){
const err86 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.personas,data:data23};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.first_name === undefined){
const err87 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'",schema:schemaRoot().properties.personas.items.required,parentSchema:schemaRoot().properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data24.last_name === undefined){
const err88 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'",schema:schemaRoot().properties.personas.items.required,parentSchema:schemaRoot().properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data24.profile_picture_url === undefined){
const err89 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "profile_picture_url"},message:"must have required property '"+"profile_picture_url"+"'",schema:schemaRoot().properties.personas.items.required,parentSchema:schemaRoot().properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key4 in data24){
if(!(((key4 === "first_name") || (key4 === "last_name")) || (key4 === "profile_picture_url"))){
const err90 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data24.first_name !== undefined){
let data25 = data24.first_name;
if(typeof data25 === "string"){
if(data25.length > 100 && func7(data25) > 100){
const err91 = {instancePath:instancePath+"/personas/" + i1+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.personas.items.properties.first_name,data:data25};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data25.length < 2 * 1 && func7(data25) < 1){
const err92 = {instancePath:instancePath+"/personas/" + i1+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.personas.items.properties.first_name,data:data25};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/personas/" + i1+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.personas.items.properties.first_name.type,parentSchema:schemaRoot().properties.personas.items.properties.first_name,data:data25};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data24.last_name !== undefined){
let data26 = data24.last_name;
if(typeof data26 === "string"){
if(data26.length > 100 && func7(data26) > 100){
const err94 = {instancePath:instancePath+"/personas/" + i1+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.personas.items.properties.last_name,data:data26};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data26.length < 2 * 1 && func7(data26) < 1){
const err95 = {instancePath:instancePath+"/personas/" + i1+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.personas.items.properties.last_name,data:data26};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/personas/" + i1+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.personas.items.properties.last_name.type,parentSchema:schemaRoot().properties.personas.items.properties.last_name,data:data26};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data24.profile_picture_url !== undefined){
let data27 = data24.profile_picture_url;
if((typeof data27 !== "string") && (data27 !== null)){
const err97 = {instancePath:instancePath+"/personas/" + i1+"/profile_picture_url",schemaPath:"#/properties/personas/items/properties/profile_picture_url/type",keyword:"type",params:{type: schemaRoot().properties.personas.items.properties.profile_picture_url.type},message:"must be string,null",schema:schemaRoot().properties.personas.items.properties.profile_picture_url.type,parentSchema:schemaRoot().properties.personas.items.properties.profile_picture_url,data:data27};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(typeof data27 === "string"){
if(data27.length > 2048 && func7(data27) > 2048){
const err98 = {instancePath:instancePath+"/personas/" + i1+"/profile_picture_url",schemaPath:"#/properties/personas/items/properties/profile_picture_url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schemaRoot().properties.personas.items.properties.profile_picture_url,data:data27};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.personas.items.type,parentSchema:schemaRoot().properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.personas.type,parentSchema:schemaRoot().properties.personas,data:data23};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.users !== undefined){
let data28 = data.users;
if(Array.isArray(data28)){
if(data28.length > 10){
const err101 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schemaRoot().properties.users,data:data28};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data28.length < 1){
const err102 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.users,data:data28};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.first_name === undefined){
const err103 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'",schema:schemaRoot().properties.users.items.required,parentSchema:schemaRoot().properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data29.last_name === undefined){
const err104 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'",schema:schemaRoot().properties.users.items.required,parentSchema:schemaRoot().properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key5 in data29){
if(!(((key5 === "first_name") || (key5 === "last_name")) || (key5 === "profile_picture_url"))){
const err105 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data29.first_name !== undefined){
let data30 = data29.first_name;
if(typeof data30 === "string"){
if(data30.length > 100 && func7(data30) > 100){
const err106 = {instancePath:instancePath+"/users/" + i2+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.users.items.properties.first_name,data:data30};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data30.length < 2 * 1 && func7(data30) < 1){
const err107 = {instancePath:instancePath+"/users/" + i2+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.users.items.properties.first_name,data:data30};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/users/" + i2+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.users.items.properties.first_name.type,parentSchema:schemaRoot().properties.users.items.properties.first_name,data:data30};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data29.last_name !== undefined){
let data31 = data29.last_name;
if(typeof data31 === "string"){
if(data31.length > 100 && func7(data31) > 100){
const err109 = {instancePath:instancePath+"/users/" + i2+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.users.items.properties.last_name,data:data31};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data31.length < 2 * 1 && func7(data31) < 1){
const err110 = {instancePath:instancePath+"/users/" + i2+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.users.items.properties.last_name,data:data31};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/users/" + i2+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.users.items.properties.last_name.type,parentSchema:schemaRoot().properties.users.items.properties.last_name,data:data31};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data29.profile_picture_url !== undefined){
let data32 = data29.profile_picture_url;
if((typeof data32 !== "string") && (data32 !== null)){
const err112 = {instancePath:instancePath+"/users/" + i2+"/profile_picture_url",schemaPath:"#/properties/users/items/properties/profile_picture_url/type",keyword:"type",params:{type: schemaRoot().properties.users.items.properties.profile_picture_url.type},message:"must be string,null",schema:schemaRoot().properties.users.items.properties.profile_picture_url.type,parentSchema:schemaRoot().properties.users.items.properties.profile_picture_url,data:data32};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(typeof data32 === "string"){
if(data32.length > 2048 && func7(data32) > 2048){
const err113 = {instancePath:instancePath+"/users/" + i2+"/profile_picture_url",schemaPath:"#/properties/users/items/properties/profile_picture_url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schemaRoot().properties.users.items.properties.profile_picture_url,data:data32};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
}
else {
const err114 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.users.items.type,parentSchema:schemaRoot().properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.users.type,parentSchema:schemaRoot().properties.users,data:data28};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.forwarding_url !== undefined){
let data33 = data.forwarding_url;
if(typeof data33 === "string"){
if(!pattern9.test(data33)){
const err116 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/allOf/0/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\"",schema:"^[Hh][Tt][Tt][Pp][Ss]?://",parentSchema:schemaRoot().properties.forwarding_url.allOf[0].allOf[0],data:data33};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(!(formats6(data33))){
const err117 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/allOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schemaRoot().properties.forwarding_url.allOf[0].allOf[0],data:data33};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data33.length > 2048 && func7(data33) > 2048){
const err118 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/allOf/0/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schemaRoot().properties.forwarding_url.allOf[0].allOf[0],data:data33};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.forwarding_url.allOf[0].allOf[0].type,parentSchema:schemaRoot().properties.forwarding_url.allOf[0].allOf[0],data:data33};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "create-swap-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^dom_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/create-swap-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.domain_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain_id"},message:"must have required property '"+"domain_id"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.replacement_domain === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replacement_domain"},message:"must have required property '"+"replacement_domain"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "domain_id")) || (key0 === "replacement_domain"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.type.type,parentSchema:schemaRoot().properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data0 === "standard") || (data0 === "premium"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.type.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.type.enum,parentSchema:schemaRoot().properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.domain_id !== undefined){
let data1 = data.domain_id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/domain_id",schemaPath:"#/properties/domain_id/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schemaRoot().properties.domain_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/domain_id",schemaPath:"#/properties/domain_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domain_id.type,parentSchema:schemaRoot().properties.domain_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.replacement_domain !== undefined){
let data2 = data.replacement_domain;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err8 = {instancePath:instancePath+"/replacement_domain",schemaPath:"#/properties/replacement_domain/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"},message:"must match pattern \""+"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"+"\"",schema:"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$",parentSchema:schemaRoot().properties.replacement_domain,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length > 253 && func7(data2) > 253){
const err9 = {instancePath:instancePath+"/replacement_domain",schemaPath:"#/properties/replacement_domain/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schemaRoot().properties.replacement_domain,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.length < 2 * 3 && func7(data2) < 3){
const err10 = {instancePath:instancePath+"/replacement_domain",schemaPath:"#/properties/replacement_domain/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schemaRoot().properties.replacement_domain,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/replacement_domain",schemaPath:"#/properties/replacement_domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.replacement_domain.type,parentSchema:schemaRoot().properties.replacement_domain,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "create-user-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const func5 = codePointLength;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/create-user-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sequencer === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequencer"},message:"must have required property '"+"sequencer"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "email") || (key0 === "sequencer")) || (key0 === "first_name")) || (key0 === "last_name"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length > 254 && func5(data0) > 254){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schemaRoot().properties.email,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.email.type,parentSchema:schemaRoot().properties.email,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sequencer !== undefined){
let data1 = data.sequencer;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.provider === undefined){
const err6 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schemaRoot().properties.sequencer.required,parentSchema:schemaRoot().properties.sequencer,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.client_id === undefined){
const err7 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schemaRoot().properties.sequencer.required,parentSchema:schemaRoot().properties.sequencer,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "provider") || (key1 === "client_id"))){
const err8 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.sequencer,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.provider !== undefined){
let data2 = data1.provider;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.sequencer.properties.provider.type,parentSchema:schemaRoot().properties.sequencer.properties.provider,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data2 === "smartlead")){
const err10 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.sequencer.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.sequencer.properties.provider.enum,parentSchema:schemaRoot().properties.sequencer.properties.provider,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.client_id !== undefined){
let data3 = data1.client_id;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err11 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.sequencer.properties.client_id.type,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 9007199254740991 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.sequencer.type,parentSchema:schemaRoot().properties.sequencer,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.first_name !== undefined){
let data4 = data.first_name;
if(typeof data4 === "string"){
if(data4.length > 100 && func5(data4) > 100){
const err15 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.first_name,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.first_name.type,parentSchema:schemaRoot().properties.first_name,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.last_name !== undefined){
let data5 = data.last_name;
if(typeof data5 === "string"){
if(data5.length > 100 && func5(data5) > 100){
const err17 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.last_name,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.last_name.type,parentSchema:schemaRoot().properties.last_name,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "forwarding-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^dom_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$", "u");
const pattern6 = func0("^[Hh][Tt][Tt][Pp][Ss]?://", "u");
const formats0 = formats.uri;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/forwarding-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domains === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.forwarding_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "forwarding_url"},message:"must have required property '"+"forwarding_url"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "domains") || (key0 === "forwarding_url"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.domains !== undefined){
let data0 = data.domains;
if(Array.isArray(data0)){
if(data0.length > 25){
const err3 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/maxItems",keyword:"maxItems",params:{limit: 25},message:"must NOT have more than 25 items",schema:25,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs5 = errors;
let valid3 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schemaRoot().properties.domains.items.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.anyOf[0].type,parentSchema:schemaRoot().properties.domains.items.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs8 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"},message:"must match pattern \""+"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"+"\"",schema:"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$",parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length > 253 && func7(data1) > 253){
const err8 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.length < 2 * 3 && func7(data1) < 3){
const err9 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.anyOf[1].type,parentSchema:schemaRoot().properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err11 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().properties.domains.items.anyOf,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.domains.type,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.forwarding_url !== undefined){
let data2 = data.forwarding_url;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err13 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\"",schema:"^[Hh][Tt][Tt][Pp][Ss]?://",parentSchema:schemaRoot().properties.forwarding_url.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data2))){
const err14 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schemaRoot().properties.forwarding_url.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.length > 2048 && func7(data2) > 2048){
const err15 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schemaRoot().properties.forwarding_url.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.forwarding_url.allOf[0].type,parentSchema:schemaRoot().properties.forwarding_url.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "import-domains-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/import-domains-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domains === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "domains")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.domains !== undefined){
let data0 = data.domains;
if(Array.isArray(data0)){
if(data0.length > 100){
const err2 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"},message:"must match pattern \""+"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"+"\"",schema:"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$",parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length > 253 && func6(data1) > 253){
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 2 * 3 && func6(data1) < 3){
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.type,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.domains.type,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "import-job-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/import-job-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domains === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "domains")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.domains !== undefined){
let data0 = data.domains;
if(Array.isArray(data0)){
if(data0.length > 500){
const err2 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/pattern",keyword:"pattern",params:{pattern: "^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"},message:"must match pattern \""+"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$"+"\"",schema:"^(?:(?:(?!(?![Xx][Nn])[a-zA-Z0-9-]{2}--)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.)+(?:[a-zA-Z]{2,63}|[Xx][Nn]--[a-zA-Z0-9-]{1,59}|[a-zA-Z0-9-]*(?:[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])(?:[a-zA-Z0-9-]|[^\\x00-\\x7f\\s\\u3002\\uff0e\\uff61\\p{Default_Ignorable_Code_Point}]|[\\u200c\\u200d])*)\\.?$",parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length > 253 && func6(data1) > 253){
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 2 * 3 && func6(data1) < 3){
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domains.items.type,parentSchema:schemaRoot().properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.domains.type,parentSchema:schemaRoot().properties.domains,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/request-file.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.request === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "$schema") || (key0 === "description")) || (key0 === "request")) || (key0 === "path")) || (key0 === "query")) || (key0 === "body"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.$schema.type,parentSchema:schemaRoot().properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.description.type,parentSchema:schemaRoot().properties.description,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.request !== undefined){
let data2 = data.request;
if(!(((((((((((((((((((((((((((((data2 === "GET /me") || (data2 === "GET /orders")) || (data2 === "POST /orders")) || (data2 === "GET /orders/pending")) || (data2 === "GET /orders/{id}")) || (data2 === "POST /orders/{id}/cancel")) || (data2 === "GET /bundles")) || (data2 === "POST /bundles")) || (data2 === "GET /bundles/{id}")) || (data2 === "PATCH /bundles/{id}")) || (data2 === "DELETE /bundles/{id}")) || (data2 === "GET /users")) || (data2 === "POST /users")) || (data2 === "GET /users/{id}")) || (data2 === "PATCH /users/{id}")) || (data2 === "DELETE /users/{id}")) || (data2 === "GET /domains")) || (data2 === "POST /domains/availability")) || (data2 === "GET /domains/import")) || (data2 === "POST /domains/import")) || (data2 === "GET /domains/import/{id}")) || (data2 === "POST /domains/import/jobs")) || (data2 === "GET /domains/import/jobs/{id}")) || (data2 === "POST /domains/forwarding")) || (data2 === "GET /domains/forwarding/{id}")) || (data2 === "GET /swaps")) || (data2 === "POST /swaps")) || (data2 === "GET /swaps/{id}")) || (data2 === "POST /swaps/user_names"))){
const err4 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.request.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.request.enum,parentSchema:schemaRoot().properties.request,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data3 = data.path;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/path/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/path/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.path.additionalProperties.type,parentSchema:schemaRoot().properties.path.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.path.type,parentSchema:schemaRoot().properties.path,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.query !== undefined){
let data5 = data.query;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
let data6 = data5[key2];
if(((typeof data6 !== "string") && (!(typeof data6 == "number"))) && (typeof data6 !== "boolean")){
const err7 = {instancePath:instancePath+"/query/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/query/additionalProperties/type",keyword:"type",params:{type: schemaRoot().properties.query.additionalProperties.type},message:"must be string,number,boolean",schema:schemaRoot().properties.query.additionalProperties.type,parentSchema:schemaRoot().properties.query.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.query.type,parentSchema:schemaRoot().properties.query,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /me": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /me" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/0/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[0].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/0/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[0].then.properties.query.type,parentSchema:schemaRoot().allOf[0].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/0/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[0].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/0/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[0].then.properties.path.type,parentSchema:schemaRoot().allOf[0].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.body !== undefined){
const err6 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/0/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[0].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[0].if,parentSchema:schemaRoot().allOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /orders": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^bun_[0-9A-Za-z]+$", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /orders" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!((((((key0 === "user_id") || (key0 === "user_email")) || (key0 === "bundle_id")) || (key0 === "status")) || (key0 === "per_page")) || (key0 === "page_token"))){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/1/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[1].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.user_id !== undefined){
let data2 = data1.user_id;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err3 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/1/then/properties/query/properties/user_id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[1].then.properties.query.properties.user_id,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/1/then/properties/query/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[1].then.properties.query.properties.user_id.type,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.user_id,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.user_email !== undefined){
let data3 = data1.user_email;
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
const err5 = {instancePath:instancePath+"/query/user_email",schemaPath:"#/allOf/1/then/properties/query/properties/user_email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().allOf[1].then.properties.query.properties.user_email,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/query/user_email",schemaPath:"#/allOf/1/then/properties/query/properties/user_email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[1].then.properties.query.properties.user_email.type,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.user_email,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.bundle_id !== undefined){
let data4 = data1.bundle_id;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err7 = {instancePath:instancePath+"/query/bundle_id",schemaPath:"#/allOf/1/then/properties/query/properties/bundle_id/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[1].then.properties.query.properties.bundle_id,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/query/bundle_id",schemaPath:"#/allOf/1/then/properties/query/properties/bundle_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[1].then.properties.query.properties.bundle_id.type,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.bundle_id,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.status !== undefined){
let data5 = data1.status;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/1/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[1].then.properties.query.properties.status.type,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.status,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((data5 === "in_progress") || (data5 === "completed")) || (data5 === "failed")) || (data5 === "action_required")) || (data5 === "cancel_scheduled")) || (data5 === "cancelled"))){
const err10 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/1/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schemaRoot().allOf[1].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().allOf[1].then.properties.query.properties.status.enum,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.status,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.per_page !== undefined){
let data6 = data1.per_page;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err11 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/1/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().allOf[1].then.properties.query.properties.per_page.type,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 100 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/1/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/1/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data1.page_token !== undefined){
let data7 = data1.page_token;
if(typeof data7 === "string"){
if(data7.length < 2 * 1 && func7(data7) < 1){
const err14 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/1/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.page_token,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/1/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[1].then.properties.query.properties.page_token.type,parentSchema:schemaRoot().allOf[1].then.properties.query.properties.page_token,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/1/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[1].then.properties.query.type,parentSchema:schemaRoot().allOf[1].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.path !== undefined){
let data8 = data.path;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const err17 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/1/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[1].then.properties.path,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/1/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[1].then.properties.path.type,parentSchema:schemaRoot().allOf[1].then.properties.path,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.body !== undefined){
const err19 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/1/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[1].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err20 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[1].if,parentSchema:schemaRoot().allOf[1],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /orders": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /orders" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[2].then.required,parentSchema:schemaRoot().allOf[2].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/2/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[2].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/2/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[2].then.properties.query.type,parentSchema:schemaRoot().allOf[2].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/2/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[2].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/2/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[2].then.properties.path.type,parentSchema:schemaRoot().allOf[2].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[2].if,parentSchema:schemaRoot().allOf[2],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /orders/pending": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^ord_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^usr_[0-9A-Za-z]+$", "u");
const pattern6 = func0("^dom_[0-9A-Za-z]+$", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /orders/pending" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!((((((key0 === "order_id") || (key0 === "user")) || (key0 === "domain_id")) || (key0 === "status")) || (key0 === "per_page")) || (key0 === "page_token"))){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/3/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[3].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.order_id !== undefined){
let data2 = data1.order_id;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err3 = {instancePath:instancePath+"/query/order_id",schemaPath:"#/allOf/3/then/properties/query/properties/order_id/pattern",keyword:"pattern",params:{pattern: "^ord_[0-9A-Za-z]+$"},message:"must match pattern \""+"^ord_[0-9A-Za-z]+$"+"\"",schema:"^ord_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[3].then.properties.query.properties.order_id,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query/order_id",schemaPath:"#/allOf/3/then/properties/query/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[3].then.properties.query.properties.order_id.type,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.order_id,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.user !== undefined){
let data3 = data1.user;
const _errs11 = errors;
let valid5 = false;
const _errs12 = errors;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err5 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[3].then.properties.query.properties.user.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[3].then.properties.query.properties.user.anyOf[0].type,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.user.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const _errs14 = errors;
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
const err7 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/1/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().allOf[3].then.properties.query.properties.user.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.length > 254 && func7(data3) > 254){
const err8 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.user.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[3].then.properties.query.properties.user.anyOf[1].type,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.user.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid5 = valid5 || _valid1;
}
if(!valid5){
const err10 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().allOf[3].then.properties.query.properties.user.anyOf,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.user,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data1.domain_id !== undefined){
let data4 = data1.domain_id;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err11 = {instancePath:instancePath+"/query/domain_id",schemaPath:"#/allOf/3/then/properties/query/properties/domain_id/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[3].then.properties.query.properties.domain_id,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/query/domain_id",schemaPath:"#/allOf/3/then/properties/query/properties/domain_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[3].then.properties.query.properties.domain_id.type,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.domain_id,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.status !== undefined){
let data5 = data1.status;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/3/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[3].then.properties.query.properties.status.type,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.status,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data5 === "open") || (data5 === "resolved"))){
const err14 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/3/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schemaRoot().allOf[3].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().allOf[3].then.properties.query.properties.status.enum,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.status,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.per_page !== undefined){
let data6 = data1.per_page;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err15 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/3/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().allOf[3].then.properties.query.properties.per_page.type,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 100 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/3/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/3/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data1.page_token !== undefined){
let data7 = data1.page_token;
if(typeof data7 === "string"){
if(data7.length < 2 * 1 && func7(data7) < 1){
const err18 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/3/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.page_token,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/3/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[3].then.properties.query.properties.page_token.type,parentSchema:schemaRoot().allOf[3].then.properties.query.properties.page_token,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/3/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[3].then.properties.query.type,parentSchema:schemaRoot().allOf[3].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.path !== undefined){
let data8 = data.path;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const err21 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/3/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[3].then.properties.path,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/3/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[3].then.properties.path.type,parentSchema:schemaRoot().allOf[3].then.properties.path,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.body !== undefined){
const err23 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/3/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[3].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err24 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[3].if,parentSchema:schemaRoot().allOf[3],data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /orders/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^ord_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /orders/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/4/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[4].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/4/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[4].then.properties.query.type,parentSchema:schemaRoot().allOf[4].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/4/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[4].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/4/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^ord_[0-9A-Za-z]+$"},message:"must match pattern \""+"^ord_[0-9A-Za-z]+$"+"\"",schema:"^ord_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[4].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/4/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[4].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[4].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/4/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[4].then.properties.path.type,parentSchema:schemaRoot().allOf[4].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/4/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[4].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[4].if,parentSchema:schemaRoot().allOf[4],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /orders/{id}/cancel": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^ord_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /orders/{id}/cancel" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/5/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[5].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/5/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[5].then.properties.query.type,parentSchema:schemaRoot().allOf[5].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/5/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[5].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/5/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^ord_[0-9A-Za-z]+$"},message:"must match pattern \""+"^ord_[0-9A-Za-z]+$"+"\"",schema:"^ord_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[5].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/5/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[5].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[5].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/5/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[5].then.properties.path.type,parentSchema:schemaRoot().allOf[5].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err8 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[5].if,parentSchema:schemaRoot().allOf[5],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /bundles": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func5 = codePointLength;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /bundles" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!(((key0 === "status") || (key0 === "per_page")) || (key0 === "page_token"))){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/6/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[6].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.status !== undefined){
let data2 = data1.status;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/6/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[6].then.properties.query.properties.status.type,parentSchema:schemaRoot().allOf[6].then.properties.query.properties.status,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data2 === "active") || (data2 === "archived"))){
const err4 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/6/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schemaRoot().allOf[6].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().allOf[6].then.properties.query.properties.status.enum,parentSchema:schemaRoot().allOf[6].then.properties.query.properties.status,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.per_page !== undefined){
let data3 = data1.per_page;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err5 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/6/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().allOf[6].then.properties.query.properties.per_page.type,parentSchema:schemaRoot().allOf[6].then.properties.query.properties.per_page,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/6/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().allOf[6].then.properties.query.properties.per_page,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/6/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().allOf[6].then.properties.query.properties.per_page,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data1.page_token !== undefined){
let data4 = data1.page_token;
if(typeof data4 === "string"){
if(data4.length < 2 * 1 && func5(data4) < 1){
const err8 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/6/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().allOf[6].then.properties.query.properties.page_token,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/6/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[6].then.properties.query.properties.page_token.type,parentSchema:schemaRoot().allOf[6].then.properties.query.properties.page_token,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/6/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[6].then.properties.query.type,parentSchema:schemaRoot().allOf[6].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.path !== undefined){
let data5 = data.path;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const err11 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/6/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[6].then.properties.path,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/6/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[6].then.properties.path.type,parentSchema:schemaRoot().allOf[6].then.properties.path,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.body !== undefined){
const err13 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/6/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[6].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err14 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[6].if,parentSchema:schemaRoot().allOf[6],data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /bundles": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /bundles" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[7].then.required,parentSchema:schemaRoot().allOf[7].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/7/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[7].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/7/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[7].then.properties.query.type,parentSchema:schemaRoot().allOf[7].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/7/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[7].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/7/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[7].then.properties.path.type,parentSchema:schemaRoot().allOf[7].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[7].if,parentSchema:schemaRoot().allOf[7],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /bundles/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^bun_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /bundles/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/8/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[8].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/8/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[8].then.properties.query.type,parentSchema:schemaRoot().allOf[8].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/8/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[8].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/8/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[8].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/8/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[8].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[8].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/8/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[8].then.properties.path.type,parentSchema:schemaRoot().allOf[8].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/8/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[8].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[8].if,parentSchema:schemaRoot().allOf[8],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#PATCH /bundles/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^bun_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("PATCH /bundles/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/9/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[9].then.required,parentSchema:schemaRoot().allOf[9].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/9/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[9].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/9/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[9].then.properties.query.type,parentSchema:schemaRoot().allOf[9].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/9/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[9].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/9/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[9].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/9/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[9].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[9].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/9/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[9].then.properties.path.type,parentSchema:schemaRoot().allOf[9].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[9].if,parentSchema:schemaRoot().allOf[9],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#DELETE /bundles/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^bun_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("DELETE /bundles/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/10/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[10].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/10/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[10].then.properties.query.type,parentSchema:schemaRoot().allOf[10].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/10/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[10].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/10/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[10].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/10/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[10].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[10].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/10/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[10].then.properties.path.type,parentSchema:schemaRoot().allOf[10].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/10/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[10].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[10].if,parentSchema:schemaRoot().allOf[10],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /users": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const func5 = codePointLength;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /users" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!((((key0 === "email") || (key0 === "status")) || (key0 === "per_page")) || (key0 === "page_token"))){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/11/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[11].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.email !== undefined){
let data2 = data1.email;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err3 = {instancePath:instancePath+"/query/email",schemaPath:"#/allOf/11/then/properties/query/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().allOf[11].then.properties.query.properties.email,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query/email",schemaPath:"#/allOf/11/then/properties/query/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[11].then.properties.query.properties.email.type,parentSchema:schemaRoot().allOf[11].then.properties.query.properties.email,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.status !== undefined){
let data3 = data1.status;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/11/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[11].then.properties.query.properties.status.type,parentSchema:schemaRoot().allOf[11].then.properties.query.properties.status,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data3 === "active") || (data3 === "deleted"))){
const err6 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/11/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schemaRoot().allOf[11].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().allOf[11].then.properties.query.properties.status.enum,parentSchema:schemaRoot().allOf[11].then.properties.query.properties.status,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.per_page !== undefined){
let data4 = data1.per_page;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err7 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/11/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().allOf[11].then.properties.query.properties.per_page.type,parentSchema:schemaRoot().allOf[11].then.properties.query.properties.per_page,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 100 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/11/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().allOf[11].then.properties.query.properties.per_page,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/11/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().allOf[11].then.properties.query.properties.per_page,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data1.page_token !== undefined){
let data5 = data1.page_token;
if(typeof data5 === "string"){
if(data5.length < 2 * 1 && func5(data5) < 1){
const err10 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/11/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().allOf[11].then.properties.query.properties.page_token,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/11/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[11].then.properties.query.properties.page_token.type,parentSchema:schemaRoot().allOf[11].then.properties.query.properties.page_token,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/11/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[11].then.properties.query.type,parentSchema:schemaRoot().allOf[11].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.path !== undefined){
let data6 = data.path;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const err13 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/11/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[11].then.properties.path,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/11/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[11].then.properties.path.type,parentSchema:schemaRoot().allOf[11].then.properties.path,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.body !== undefined){
const err15 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/11/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[11].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err16 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[11].if,parentSchema:schemaRoot().allOf[11],data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /users": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /users" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/12/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[12].then.required,parentSchema:schemaRoot().allOf[12].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/12/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[12].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/12/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[12].then.properties.query.type,parentSchema:schemaRoot().allOf[12].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/12/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[12].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/12/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[12].then.properties.path.type,parentSchema:schemaRoot().allOf[12].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[12].if,parentSchema:schemaRoot().allOf[12],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /users/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /users/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/13/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[13].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/13/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[13].then.properties.query.type,parentSchema:schemaRoot().allOf[13].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/13/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[13].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/13/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[13].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/13/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[13].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[13].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/13/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[13].then.properties.path.type,parentSchema:schemaRoot().allOf[13].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/13/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[13].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[13].if,parentSchema:schemaRoot().allOf[13],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#PATCH /users/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("PATCH /users/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/14/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[14].then.required,parentSchema:schemaRoot().allOf[14].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/14/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[14].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/14/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[14].then.properties.query.type,parentSchema:schemaRoot().allOf[14].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/14/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[14].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/14/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[14].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/14/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[14].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[14].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/14/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[14].then.properties.path.type,parentSchema:schemaRoot().allOf[14].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[14].if,parentSchema:schemaRoot().allOf[14],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#DELETE /users/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("DELETE /users/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/15/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[15].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/15/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[15].then.properties.query.type,parentSchema:schemaRoot().allOf[15].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/15/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[15].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/15/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[15].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/15/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[15].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[15].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/15/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[15].then.properties.path.type,parentSchema:schemaRoot().allOf[15].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/15/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[15].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[15].if,parentSchema:schemaRoot().allOf[15],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /domains": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!(((((((key0 === "category") || (key0 === "user_id")) || (key0 === "user_email")) || (key0 === "usable_for")) || (key0 === "status")) || (key0 === "per_page")) || (key0 === "page_token"))){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/16/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[16].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.category !== undefined){
let data2 = data1.category;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/query/category",schemaPath:"#/allOf/16/then/properties/query/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[16].then.properties.query.properties.category.type,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.category,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data2 === "inventory") || (data2 === "connected"))){
const err4 = {instancePath:instancePath+"/query/category",schemaPath:"#/allOf/16/then/properties/query/properties/category/enum",keyword:"enum",params:{allowedValues: schemaRoot().allOf[16].then.properties.query.properties.category.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().allOf[16].then.properties.query.properties.category.enum,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.category,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.user_id !== undefined){
let data3 = data1.user_id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/16/then/properties/query/properties/user_id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[16].then.properties.query.properties.user_id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/16/then/properties/query/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[16].then.properties.query.properties.user_id.type,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.user_id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.user_email !== undefined){
let data4 = data1.user_email;
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
const err7 = {instancePath:instancePath+"/query/user_email",schemaPath:"#/allOf/16/then/properties/query/properties/user_email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().allOf[16].then.properties.query.properties.user_email,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/query/user_email",schemaPath:"#/allOf/16/then/properties/query/properties/user_email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[16].then.properties.query.properties.user_email.type,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.user_email,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.usable_for !== undefined){
let data5 = data1.usable_for;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/query/usable_for",schemaPath:"#/allOf/16/then/properties/query/properties/usable_for/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[16].then.properties.query.properties.usable_for.type,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.usable_for,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data5 === "google") || (data5 === "microsoft"))){
const err10 = {instancePath:instancePath+"/query/usable_for",schemaPath:"#/allOf/16/then/properties/query/properties/usable_for/enum",keyword:"enum",params:{allowedValues: schemaRoot().allOf[16].then.properties.query.properties.usable_for.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().allOf[16].then.properties.query.properties.usable_for.enum,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.usable_for,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.status !== undefined){
let data6 = data1.status;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/16/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[16].then.properties.query.properties.status.type,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.status,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((((data6 === "available") || (data6 === "in_progress")) || (data6 === "active")) || (data6 === "action_required")) || (data6 === "failed"))){
const err12 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/16/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schemaRoot().allOf[16].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().allOf[16].then.properties.query.properties.status.enum,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.status,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.per_page !== undefined){
let data7 = data1.per_page;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err13 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/16/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().allOf[16].then.properties.query.properties.per_page.type,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.per_page,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 100 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/16/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.per_page,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/16/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.per_page,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data1.page_token !== undefined){
let data8 = data1.page_token;
if(typeof data8 === "string"){
if(data8.length < 2 * 1 && func6(data8) < 1){
const err16 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/16/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.page_token,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/16/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[16].then.properties.query.properties.page_token.type,parentSchema:schemaRoot().allOf[16].then.properties.query.properties.page_token,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/16/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[16].then.properties.query.type,parentSchema:schemaRoot().allOf[16].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.path !== undefined){
let data9 = data.path;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
const err19 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/16/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[16].then.properties.path,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/16/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[16].then.properties.path.type,parentSchema:schemaRoot().allOf[16].then.properties.path,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.body !== undefined){
const err21 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/16/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[16].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err22 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[16].if,parentSchema:schemaRoot().allOf[16],data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /domains/availability": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /domains/availability" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/17/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[17].then.required,parentSchema:schemaRoot().allOf[17].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/17/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[17].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/17/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[17].then.properties.query.type,parentSchema:schemaRoot().allOf[17].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/17/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[17].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/17/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[17].then.properties.path.type,parentSchema:schemaRoot().allOf[17].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[17].if,parentSchema:schemaRoot().allOf[17],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /domains/import": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^(?=[^,]*[^,\\s])[^,]*(?:,(?=[^,]*[^,\\s])[^,]*)*$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains/import" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!(((key0 === "domains") || (key0 === "per_page")) || (key0 === "page_token"))){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/18/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[18].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.domains !== undefined){
let data2 = data1.domains;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err3 = {instancePath:instancePath+"/query/domains",schemaPath:"#/allOf/18/then/properties/query/properties/domains/pattern",keyword:"pattern",params:{pattern: "^(?=[^,]*[^,\\s])[^,]*(?:,(?=[^,]*[^,\\s])[^,]*)*$"},message:"must match pattern \""+"^(?=[^,]*[^,\\s])[^,]*(?:,(?=[^,]*[^,\\s])[^,]*)*$"+"\"",schema:"^(?=[^,]*[^,\\s])[^,]*(?:,(?=[^,]*[^,\\s])[^,]*)*$",parentSchema:schemaRoot().allOf[18].then.properties.query.properties.domains,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.length < 2 * 1 && func6(data2) < 1){
const err4 = {instancePath:instancePath+"/query/domains",schemaPath:"#/allOf/18/then/properties/query/properties/domains/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().allOf[18].then.properties.query.properties.domains,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/query/domains",schemaPath:"#/allOf/18/then/properties/query/properties/domains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[18].then.properties.query.properties.domains.type,parentSchema:schemaRoot().allOf[18].then.properties.query.properties.domains,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.per_page !== undefined){
let data3 = data1.per_page;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err6 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/18/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().allOf[18].then.properties.query.properties.per_page.type,parentSchema:schemaRoot().allOf[18].then.properties.query.properties.per_page,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/18/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().allOf[18].then.properties.query.properties.per_page,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/18/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().allOf[18].then.properties.query.properties.per_page,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data1.page_token !== undefined){
let data4 = data1.page_token;
if(typeof data4 === "string"){
if(data4.length < 2 * 1 && func6(data4) < 1){
const err9 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/18/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().allOf[18].then.properties.query.properties.page_token,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/18/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[18].then.properties.query.properties.page_token.type,parentSchema:schemaRoot().allOf[18].then.properties.query.properties.page_token,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/18/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[18].then.properties.query.type,parentSchema:schemaRoot().allOf[18].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.path !== undefined){
let data5 = data.path;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/18/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[18].then.properties.path,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/18/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[18].then.properties.path.type,parentSchema:schemaRoot().allOf[18].then.properties.path,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.body !== undefined){
const err14 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/18/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[18].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err15 = {instancePath,schemaPath:"#/allOf/18/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[18].if,parentSchema:schemaRoot().allOf[18],data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /domains/import": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /domains/import" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/19/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[19].then.required,parentSchema:schemaRoot().allOf[19].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/19/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[19].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/19/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[19].then.properties.query.type,parentSchema:schemaRoot().allOf[19].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/19/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[19].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/19/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[19].then.properties.path.type,parentSchema:schemaRoot().allOf[19].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/19/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[19].if,parentSchema:schemaRoot().allOf[19],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /domains/import/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^imp_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains/import/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/20/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[20].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/20/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[20].then.properties.query.type,parentSchema:schemaRoot().allOf[20].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/20/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[20].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/20/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^imp_[0-9A-Za-z]+$"},message:"must match pattern \""+"^imp_[0-9A-Za-z]+$"+"\"",schema:"^imp_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[20].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/20/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[20].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[20].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/20/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[20].then.properties.path.type,parentSchema:schemaRoot().allOf[20].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/20/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[20].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/20/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[20].if,parentSchema:schemaRoot().allOf[20],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /domains/import/jobs": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /domains/import/jobs" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/21/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[21].then.required,parentSchema:schemaRoot().allOf[21].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/21/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[21].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/21/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[21].then.properties.query.type,parentSchema:schemaRoot().allOf[21].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/21/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[21].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/21/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[21].then.properties.path.type,parentSchema:schemaRoot().allOf[21].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/21/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[21].if,parentSchema:schemaRoot().allOf[21],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /domains/import/jobs/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^imj_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains/import/jobs/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/22/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[22].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/22/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[22].then.properties.query.type,parentSchema:schemaRoot().allOf[22].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/22/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[22].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/22/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^imj_[0-9A-Za-z]+$"},message:"must match pattern \""+"^imj_[0-9A-Za-z]+$"+"\"",schema:"^imj_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[22].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/22/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[22].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[22].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/22/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[22].then.properties.path.type,parentSchema:schemaRoot().allOf[22].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/22/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[22].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/22/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[22].if,parentSchema:schemaRoot().allOf[22],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /domains/forwarding": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /domains/forwarding" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/23/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[23].then.required,parentSchema:schemaRoot().allOf[23].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/23/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[23].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/23/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[23].then.properties.query.type,parentSchema:schemaRoot().allOf[23].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/23/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[23].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/23/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[23].then.properties.path.type,parentSchema:schemaRoot().allOf[23].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/23/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[23].if,parentSchema:schemaRoot().allOf[23],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /domains/forwarding/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^fwj_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains/forwarding/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/24/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[24].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/24/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[24].then.properties.query.type,parentSchema:schemaRoot().allOf[24].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/24/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[24].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/24/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^fwj_[0-9A-Za-z]+$"},message:"must match pattern \""+"^fwj_[0-9A-Za-z]+$"+"\"",schema:"^fwj_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[24].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/24/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[24].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[24].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/24/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[24].then.properties.path.type,parentSchema:schemaRoot().allOf[24].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/24/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[24].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/24/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[24].if,parentSchema:schemaRoot().allOf[24],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /swaps": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func8 = codePointLength;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^ord_[0-9A-Za-z]+$", "u");
const pattern6 = func0("^dom_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /swaps" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!((((((key0 === "user_id") || (key0 === "order_id")) || (key0 === "domain_id")) || (key0 === "status")) || (key0 === "per_page")) || (key0 === "page_token"))){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/25/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[25].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.user_id !== undefined){
let data2 = data1.user_id;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err3 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/25/then/properties/query/properties/user_id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[25].then.properties.query.properties.user_id,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/25/then/properties/query/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[25].then.properties.query.properties.user_id.type,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.user_id,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.order_id !== undefined){
let data3 = data1.order_id;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err5 = {instancePath:instancePath+"/query/order_id",schemaPath:"#/allOf/25/then/properties/query/properties/order_id/pattern",keyword:"pattern",params:{pattern: "^ord_[0-9A-Za-z]+$"},message:"must match pattern \""+"^ord_[0-9A-Za-z]+$"+"\"",schema:"^ord_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[25].then.properties.query.properties.order_id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/query/order_id",schemaPath:"#/allOf/25/then/properties/query/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[25].then.properties.query.properties.order_id.type,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.order_id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.domain_id !== undefined){
let data4 = data1.domain_id;
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
const err7 = {instancePath:instancePath+"/query/domain_id",schemaPath:"#/allOf/25/then/properties/query/properties/domain_id/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[25].then.properties.query.properties.domain_id,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/query/domain_id",schemaPath:"#/allOf/25/then/properties/query/properties/domain_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[25].then.properties.query.properties.domain_id.type,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.domain_id,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.status !== undefined){
let data5 = data1.status;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/25/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[25].then.properties.query.properties.status.type,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.status,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((((data5 === "created") || (data5 === "in_progress")) || (data5 === "completed")) || (data5 === "failed")) || (data5 === "action_required"))){
const err10 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/25/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schemaRoot().allOf[25].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().allOf[25].then.properties.query.properties.status.enum,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.status,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.per_page !== undefined){
let data6 = data1.per_page;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err11 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/25/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().allOf[25].then.properties.query.properties.per_page.type,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 100 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/25/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/25/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.per_page,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data1.page_token !== undefined){
let data7 = data1.page_token;
if(typeof data7 === "string"){
if(data7.length < 2 * 1 && func8(data7) < 1){
const err14 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/25/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.page_token,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/25/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[25].then.properties.query.properties.page_token.type,parentSchema:schemaRoot().allOf[25].then.properties.query.properties.page_token,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/25/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[25].then.properties.query.type,parentSchema:schemaRoot().allOf[25].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.path !== undefined){
let data8 = data.path;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const err17 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/25/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[25].then.properties.path,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/25/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[25].then.properties.path.type,parentSchema:schemaRoot().allOf[25].then.properties.path,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.body !== undefined){
const err19 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/25/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[25].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err20 = {instancePath,schemaPath:"#/allOf/25/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[25].if,parentSchema:schemaRoot().allOf[25],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /swaps": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /swaps" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/26/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[26].then.required,parentSchema:schemaRoot().allOf[26].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/26/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[26].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/26/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[26].then.properties.query.type,parentSchema:schemaRoot().allOf[26].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/26/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[26].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/26/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[26].then.properties.path.type,parentSchema:schemaRoot().allOf[26].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/26/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[26].if,parentSchema:schemaRoot().allOf[26],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#GET /swaps/{id}": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const pattern4 = func0("^swp_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /swaps/{id}" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/27/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[27].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/27/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[27].then.properties.query.type,parentSchema:schemaRoot().allOf[27].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "id")){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/27/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[27].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err5 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/27/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^swp_[0-9A-Za-z]+$"},message:"must match pattern \""+"^swp_[0-9A-Za-z]+$"+"\"",schema:"^swp_[0-9A-Za-z]+$",parentSchema:schemaRoot().allOf[27].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/27/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().allOf[27].then.properties.path.properties.id.type,parentSchema:schemaRoot().allOf[27].then.properties.path.properties.id,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/27/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[27].then.properties.path.type,parentSchema:schemaRoot().allOf[27].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.body !== undefined){
const err8 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/27/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[27].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err9 = {instancePath,schemaPath:"#/allOf/27/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[27].if,parentSchema:schemaRoot().allOf[27],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "request-file.json#POST /swaps/user_names": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid1 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.request === undefined) && (missing0 = "request")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /swaps/user_names" !== data.request){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/28/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schemaRoot().allOf[28].then.required,parentSchema:schemaRoot().allOf[28].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/28/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[28].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/28/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[28].then.properties.query.type,parentSchema:schemaRoot().allOf[28].then.properties.query,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data2 = data.path;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/28/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().allOf[28].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/28/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().allOf[28].then.properties.path.type,parentSchema:schemaRoot().allOf[28].then.properties.path,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid1 = _valid0;
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/28/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[28].if,parentSchema:schemaRoot().allOf[28],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "update-bundle-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func5 = codePointLength;
const func0 = peekerRegExp;
const pattern4 = func0("^[A-Za-z]{3}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/update-bundle-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "monthly_sending_volume")) || (key0 === "google_percent")) || (key0 === "microsoft_percent")) || (key0 === "send_on_weekends")) || (key0 === "google_inboxes_per_domain")) || (key0 === "customer_price_cents")) || (key0 === "currency"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(data0.length > 200 && func5(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schemaRoot().properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 2 * 1 && func5(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.name.type,parentSchema:schemaRoot().properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.monthly_sending_volume !== undefined){
let data1 = data.monthly_sending_volume;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err5 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.monthly_sending_volume.type,parentSchema:schemaRoot().properties.monthly_sending_volume,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.monthly_sending_volume,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().properties.monthly_sending_volume,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.google_percent !== undefined){
let data2 = data.google_percent;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
const err8 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/type",keyword:"type",params:{type: schemaRoot().properties.google_percent.type},message:"must be integer,null",schema:schemaRoot().properties.google_percent.type,parentSchema:schemaRoot().properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 > 100 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schemaRoot().properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.microsoft_percent !== undefined){
let data3 = data.microsoft_percent;
if((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)){
const err11 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/type",keyword:"type",params:{type: schemaRoot().properties.microsoft_percent.type},message:"must be integer,null",schema:schemaRoot().properties.microsoft_percent.type,parentSchema:schemaRoot().properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schemaRoot().properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schemaRoot().properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.send_on_weekends !== undefined){
let data4 = data.send_on_weekends;
if(typeof data4 !== "boolean"){
const err14 = {instancePath:instancePath+"/send_on_weekends",schemaPath:"#/properties/send_on_weekends/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schemaRoot().properties.send_on_weekends.type,parentSchema:schemaRoot().properties.send_on_weekends,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.google_inboxes_per_domain !== undefined){
let data5 = data.google_inboxes_per_domain;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err15 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.google_inboxes_per_domain.type,parentSchema:schemaRoot().properties.google_inboxes_per_domain,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data5 === 2) || (data5 === 3))){
const err16 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.google_inboxes_per_domain.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.google_inboxes_per_domain.enum,parentSchema:schemaRoot().properties.google_inboxes_per_domain,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.customer_price_cents !== undefined){
let data6 = data.customer_price_cents;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err17 = {instancePath:instancePath+"/customer_price_cents",schemaPath:"#/properties/customer_price_cents/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.customer_price_cents.type,parentSchema:schemaRoot().properties.customer_price_cents,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 9007199254740991 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/customer_price_cents",schemaPath:"#/properties/customer_price_cents/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.customer_price_cents,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/customer_price_cents",schemaPath:"#/properties/customer_price_cents/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schemaRoot().properties.customer_price_cents,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.currency !== undefined){
let data7 = data.currency;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err20 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3}$"},message:"must match pattern \""+"^[A-Za-z]{3}$"+"\"",schema:"^[A-Za-z]{3}$",parentSchema:schemaRoot().properties.currency,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.currency.type,parentSchema:schemaRoot().properties.currency,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.google_percent !== undefined){
if(data.microsoft_percent === undefined){
const err22 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "google_percent",
    missingProperty: "microsoft_percent",
    depsCount: 1,
    deps: "microsoft_percent"},message:"must have property microsoft_percent when property google_percent is present",schema:schemaRoot().dependentRequired,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.microsoft_percent !== undefined){
if(data.google_percent === undefined){
const err23 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "microsoft_percent",
    missingProperty: "google_percent",
    depsCount: 1,
    deps: "google_percent"},message:"must have property google_percent when property microsoft_percent is present",schema:schemaRoot().dependentRequired,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "update-user-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const func5 = codePointLength;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/update-user-request.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "email") || (key0 === "first_name")) || (key0 === "last_name")) || (key0 === "sequencer"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schemaRoot().properties.email,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length > 254 && func5(data0) > 254){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schemaRoot().properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.email.type,parentSchema:schemaRoot().properties.email,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.first_name !== undefined){
let data1 = data.first_name;
if(typeof data1 === "string"){
if(data1.length > 100 && func5(data1) > 100){
const err5 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.first_name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.first_name.type,parentSchema:schemaRoot().properties.first_name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.last_name !== undefined){
let data2 = data.last_name;
if(typeof data2 === "string"){
if(data2.length > 100 && func5(data2) > 100){
const err7 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.last_name,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.last_name.type,parentSchema:schemaRoot().properties.last_name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.sequencer !== undefined){
let data3 = data.sequencer;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.provider === undefined){
const err9 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schemaRoot().properties.sequencer.required,parentSchema:schemaRoot().properties.sequencer,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.client_id === undefined){
const err10 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schemaRoot().properties.sequencer.required,parentSchema:schemaRoot().properties.sequencer,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "provider") || (key1 === "client_id"))){
const err11 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.sequencer,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.provider !== undefined){
let data4 = data3.provider;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.sequencer.properties.provider.type,parentSchema:schemaRoot().properties.sequencer.properties.provider,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data4 === "smartlead")){
const err13 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/enum",keyword:"enum",params:{allowedValues: schemaRoot().properties.sequencer.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schemaRoot().properties.sequencer.properties.provider.enum,parentSchema:schemaRoot().properties.sequencer.properties.provider,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.client_id !== undefined){
let data5 = data3.client_id;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err14 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schemaRoot().properties.sequencer.properties.client_id.type,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 > 9007199254740991 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schemaRoot().properties.sequencer.properties.client_id,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.sequencer.type,parentSchema:schemaRoot().properties.sequencer,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },
  "user-name-swap-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {

const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^dom_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/user-name-swap-request.json" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.personas === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "personas"},message:"must have required property '"+"personas"+"'",schema:schemaRoot().allOf[0].anyOf[0].required,parentSchema:schemaRoot().allOf[0].anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.users === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'",schema:schemaRoot().allOf[0].anyOf[1].required,parentSchema:schemaRoot().allOf[0].anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schemaRoot().allOf[0].anyOf,parentSchema:schemaRoot().allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
const _errs6 = errors;
let valid2 = true;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.personas === undefined) && (missing0 = "personas")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid1 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.users !== undefined){
const err4 = {instancePath:instancePath+"/users",schemaPath:"#/allOf/1/then/properties/users/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schemaRoot().allOf[1].then.properties.users,data:data.users};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs8 === errors;
valid2 = _valid1;
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schemaRoot().allOf[1].if,parentSchema:schemaRoot().allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domain_id === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain_id"},message:"must have required property '"+"domain_id"+"'",schema:schemaRoot().required,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "domain_id") || (key0 === "personas")) || (key0 === "users"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.domain_id !== undefined){
let data1 = data.domain_id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/domain_id",schemaPath:"#/properties/domain_id/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schemaRoot().properties.domain_id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/domain_id",schemaPath:"#/properties/domain_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.domain_id.type,parentSchema:schemaRoot().properties.domain_id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.personas !== undefined){
let data2 = data.personas;
if(Array.isArray(data2)){
if(data2.length > 10){
const err10 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schemaRoot().properties.personas,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.length < 1){
const err11 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.personas,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.first_name === undefined){
const err12 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'",schema:schemaRoot().properties.personas.items.required,parentSchema:schemaRoot().properties.personas.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.last_name === undefined){
const err13 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'",schema:schemaRoot().properties.personas.items.required,parentSchema:schemaRoot().properties.personas.items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.profile_picture_url === undefined){
const err14 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "profile_picture_url"},message:"must have required property '"+"profile_picture_url"+"'",schema:schemaRoot().properties.personas.items.required,parentSchema:schemaRoot().properties.personas.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "first_name") || (key1 === "last_name")) || (key1 === "profile_picture_url"))){
const err15 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.personas.items,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.first_name !== undefined){
let data4 = data3.first_name;
if(typeof data4 === "string"){
if(data4.length > 100 && func6(data4) > 100){
const err16 = {instancePath:instancePath+"/personas/" + i0+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.personas.items.properties.first_name,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.length < 2 * 1 && func6(data4) < 1){
const err17 = {instancePath:instancePath+"/personas/" + i0+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.personas.items.properties.first_name,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/personas/" + i0+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.personas.items.properties.first_name.type,parentSchema:schemaRoot().properties.personas.items.properties.first_name,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.last_name !== undefined){
let data5 = data3.last_name;
if(typeof data5 === "string"){
if(data5.length > 100 && func6(data5) > 100){
const err19 = {instancePath:instancePath+"/personas/" + i0+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.personas.items.properties.last_name,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.length < 2 * 1 && func6(data5) < 1){
const err20 = {instancePath:instancePath+"/personas/" + i0+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.personas.items.properties.last_name,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/personas/" + i0+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.personas.items.properties.last_name.type,parentSchema:schemaRoot().properties.personas.items.properties.last_name,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.profile_picture_url !== undefined){
let data6 = data3.profile_picture_url;
if((typeof data6 !== "string") && (data6 !== null)){
const err22 = {instancePath:instancePath+"/personas/" + i0+"/profile_picture_url",schemaPath:"#/properties/personas/items/properties/profile_picture_url/type",keyword:"type",params:{type: schemaRoot().properties.personas.items.properties.profile_picture_url.type},message:"must be string,null",schema:schemaRoot().properties.personas.items.properties.profile_picture_url.type,parentSchema:schemaRoot().properties.personas.items.properties.profile_picture_url,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(typeof data6 === "string"){
if(data6.length > 2048 && func6(data6) > 2048){
const err23 = {instancePath:instancePath+"/personas/" + i0+"/profile_picture_url",schemaPath:"#/properties/personas/items/properties/profile_picture_url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schemaRoot().properties.personas.items.properties.profile_picture_url,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.personas.items.type,parentSchema:schemaRoot().properties.personas.items,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.personas.type,parentSchema:schemaRoot().properties.personas,data:data2};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.users !== undefined){
let data7 = data.users;
if(Array.isArray(data7)){
if(data7.length > 10){
const err26 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schemaRoot().properties.users,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7.length < 1){
const err27 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schemaRoot().properties.users,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.first_name === undefined){
const err28 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'",schema:schemaRoot().properties.users.items.required,parentSchema:schemaRoot().properties.users.items,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data8.last_name === undefined){
const err29 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'",schema:schemaRoot().properties.users.items.required,parentSchema:schemaRoot().properties.users.items,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "first_name") || (key2 === "last_name")) || (key2 === "profile_picture_url"))){
const err30 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schemaRoot().properties.users.items,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8.first_name !== undefined){
let data9 = data8.first_name;
if(typeof data9 === "string"){
if(data9.length > 100 && func6(data9) > 100){
const err31 = {instancePath:instancePath+"/users/" + i1+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.users.items.properties.first_name,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9.length < 2 * 1 && func6(data9) < 1){
const err32 = {instancePath:instancePath+"/users/" + i1+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.users.items.properties.first_name,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/users/" + i1+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.users.items.properties.first_name.type,parentSchema:schemaRoot().properties.users.items.properties.first_name,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data8.last_name !== undefined){
let data10 = data8.last_name;
if(typeof data10 === "string"){
if(data10.length > 100 && func6(data10) > 100){
const err34 = {instancePath:instancePath+"/users/" + i1+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schemaRoot().properties.users.items.properties.last_name,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data10.length < 2 * 1 && func6(data10) < 1){
const err35 = {instancePath:instancePath+"/users/" + i1+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schemaRoot().properties.users.items.properties.last_name,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/users/" + i1+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schemaRoot().properties.users.items.properties.last_name.type,parentSchema:schemaRoot().properties.users.items.properties.last_name,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data8.profile_picture_url !== undefined){
let data11 = data8.profile_picture_url;
if((typeof data11 !== "string") && (data11 !== null)){
const err37 = {instancePath:instancePath+"/users/" + i1+"/profile_picture_url",schemaPath:"#/properties/users/items/properties/profile_picture_url/type",keyword:"type",params:{type: schemaRoot().properties.users.items.properties.profile_picture_url.type},message:"must be string,null",schema:schemaRoot().properties.users.items.properties.profile_picture_url.type,parentSchema:schemaRoot().properties.users.items.properties.profile_picture_url,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data11 === "string"){
if(data11.length > 2048 && func6(data11) > 2048){
const err38 = {instancePath:instancePath+"/users/" + i1+"/profile_picture_url",schemaPath:"#/properties/users/items/properties/profile_picture_url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schemaRoot().properties.users.items.properties.profile_picture_url,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().properties.users.items.type,parentSchema:schemaRoot().properties.users.items,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schemaRoot().properties.users.type,parentSchema:schemaRoot().properties.users,data:data7};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schemaRoot().type,parentSchema:schemaRoot(),data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
return validate20;
  },

};
