// @ts-nocheck -- ajv standalone code; the factories are typed where they are used (lint/schema-validation.ts).
/* Generated from schemas/openapi.yaml by `npm run generate` (lint/validator-codegen.ts). Do not edit. */
/* Each factory: (the `$ref`-expanded schema, the fast matchers and formats) → validate function. */
/* request-file.json validates the envelope only: bodies are validated by their operation’s validator. */
export const validatorFactories = {
  "availability-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/availability-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domains === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err2 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema31.properties.domains,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.domains,data:data0};
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
const err4 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/pattern",keyword:"pattern",params:{pattern: "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"},message:"must match pattern \""+"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"+"\"",schema:"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$",parentSchema:schema31.properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length > 253 && func6(data1) > 253){
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 2 * 3 && func6(data1) < 3){
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.domains.items,data:data1};
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
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.type,parentSchema:schema31.properties.domains.items,data:data1};
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
const err8 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data0};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "cancel-order-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^dom_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/cancel-order-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "domains") || (key0 === "scope"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.domains !== undefined){
let data0 = data.domains;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.domains,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
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
const err2 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schema31.properties.domains.items.anyOf[0],data:data1};
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
const err3 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.anyOf[0].type,parentSchema:schema31.properties.domains.items.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid3 = valid3 || _valid0;
const _errs8 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"},message:"must match pattern \""+"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"+"\"",schema:"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$",parentSchema:schema31.properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length > 253 && func7(data1) > 253){
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 2 * 3 && func7(data1) < 3){
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.domains.items.anyOf[1],data:data1};
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
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.anyOf[1].type,parentSchema:schema31.properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err8 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.domains.items.anyOf,parentSchema:schema31.properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.scope !== undefined){
let data2 = data.scope;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.scope.type,parentSchema:schema31.properties.scope,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(data2 === "order")){
const err11 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/enum",keyword:"enum",params:{allowedValues: schema31.properties.scope.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.scope.enum,parentSchema:schema31.properties.scope,data:data2};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "create-bundle-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func5 = codePointLength;
const func0 = peekerRegExp;
const pattern4 = func0("^[A-Za-z]{3}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/create-bundle-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.monthly_sending_volume === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "monthly_sending_volume"},message:"must have required property '"+"monthly_sending_volume"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 2 * 1 && func5(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.name,data:data0};
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
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data0};
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
const err6 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.monthly_sending_volume.type,parentSchema:schema31.properties.monthly_sending_volume,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.monthly_sending_volume,data:data1};
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
const err8 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/type",keyword:"type",params:{type: schema31.properties.google_percent.type},message:"must be integer,null",schema:schema31.properties.google_percent.type,parentSchema:schema31.properties.google_percent,data:data2};
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
const err9 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.google_percent,data:data2};
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
const err11 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/type",keyword:"type",params:{type: schema31.properties.microsoft_percent.type},message:"must be integer,null",schema:schema31.properties.microsoft_percent.type,parentSchema:schema31.properties.microsoft_percent,data:data3};
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
const err12 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.microsoft_percent,data:data3};
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
const err14 = {instancePath:instancePath+"/send_on_weekends",schemaPath:"#/properties/send_on_weekends/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.send_on_weekends.type,parentSchema:schema31.properties.send_on_weekends,data:data4};
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
const err15 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.google_inboxes_per_domain.type,parentSchema:schema31.properties.google_inboxes_per_domain,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data5 === 2) || (data5 === 3))){
const err16 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/enum",keyword:"enum",params:{allowedValues: schema31.properties.google_inboxes_per_domain.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.google_inboxes_per_domain.enum,parentSchema:schema31.properties.google_inboxes_per_domain,data:data5};
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
const err17 = {instancePath:instancePath+"/customer_price_cents",schemaPath:"#/properties/customer_price_cents/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.customer_price_cents.type,parentSchema:schema31.properties.customer_price_cents,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/customer_price_cents",schemaPath:"#/properties/customer_price_cents/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.customer_price_cents,data:data6};
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
if(data.currency !== undefined){
let data7 = data.currency;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err19 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3}$"},message:"must match pattern \""+"^[A-Za-z]{3}$"+"\"",schema:"^[A-Za-z]{3}$",parentSchema:schema31.properties.currency,data:data7};
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
const err20 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.currency.type,parentSchema:schema31.properties.currency,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.google_percent !== undefined){
if(data.microsoft_percent === undefined){
const err21 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "google_percent",
    missingProperty: "microsoft_percent",
    depsCount: 1,
    deps: "microsoft_percent"},message:"must have property microsoft_percent when property google_percent is present",schema:schema31.dependentRequired,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.microsoft_percent !== undefined){
if(data.google_percent === undefined){
const err22 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "microsoft_percent",
    missingProperty: "google_percent",
    depsCount: 1,
    deps: "google_percent"},message:"must have property google_percent when property microsoft_percent is present",schema:schema31.dependentRequired,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "create-order-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func5 = Object.prototype.hasOwnProperty;
const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");
const pattern6 = func0("^bun_[0-9A-Za-z]+$", "u");
const pattern7 = func0("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$", "u");
const pattern9 = func0("^[Hh][Tt][Tt][Pp][Ss]?://", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats6 = formats.uri;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/create-order-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user === undefined){
const err0 = {instancePath,schemaPath:"#/allOf/0/anyOf/0/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema31.allOf[0].anyOf[0].required,parentSchema:schema31.allOf[0].anyOf[0],data};
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
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user_id === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/anyOf/1/required",keyword:"required",params:{missingProperty: "user_id"},message:"must have required property '"+"user_id"+"'",schema:schema31.allOf[0].anyOf[1].required,parentSchema:schema31.allOf[0].anyOf[1],data};
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
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.allOf[0].anyOf,parentSchema:schema31.allOf[0],data};
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
const err3 = {instancePath,schemaPath:"#/allOf/1/anyOf/0/required",keyword:"required",params:{missingProperty: "personas"},message:"must have required property '"+"personas"+"'",schema:schema31.allOf[1].anyOf[0].required,parentSchema:schema31.allOf[1].anyOf[0],data};
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
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.users === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/1/anyOf/1/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'",schema:schema31.allOf[1].anyOf[1].required,parentSchema:schema31.allOf[1].anyOf[1],data};
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
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/1/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.allOf[1].anyOf,parentSchema:schema31.allOf[1],data};
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
const err6 = {instancePath,schemaPath:"#/allOf/2/anyOf/0/required",keyword:"required",params:{missingProperty: "bundle_id"},message:"must have required property '"+"bundle_id"+"'",schema:schema31.allOf[2].anyOf[0].required,parentSchema:schema31.allOf[2].anyOf[0],data};
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
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.google_licenses === undefined){
const err7 = {instancePath,schemaPath:"#/allOf/2/anyOf/1/required",keyword:"required",params:{missingProperty: "google_licenses"},message:"must have required property '"+"google_licenses"+"'",schema:schema31.allOf[2].anyOf[1].required,parentSchema:schema31.allOf[2].anyOf[1],data};
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
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.microsoft_licenses === undefined){
const err8 = {instancePath,schemaPath:"#/allOf/2/anyOf/2/required",keyword:"required",params:{missingProperty: "microsoft_licenses"},message:"must have required property '"+"microsoft_licenses"+"'",schema:schema31.allOf[2].anyOf[2].required,parentSchema:schema31.allOf[2].anyOf[2],data};
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
if(!valid3){
const err9 = {instancePath,schemaPath:"#/allOf/2/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.allOf[2].anyOf,parentSchema:schema31.allOf[2],data};
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
const err11 = {instancePath:instancePath+"/google_licenses",schemaPath:"#/allOf/3/then/properties/google_licenses/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[3].then.properties.google_licenses,data:data.google_licenses};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.microsoft_licenses !== undefined){
const err12 = {instancePath:instancePath+"/microsoft_licenses",schemaPath:"#/allOf/3/then/properties/microsoft_licenses/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[3].then.properties.microsoft_licenses,data:data.microsoft_licenses};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.google_inboxes_per_domain !== undefined){
const err13 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/allOf/3/then/properties/google_inboxes_per_domain/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[3].then.properties.google_inboxes_per_domain,data:data.google_inboxes_per_domain};
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
if(valid4){
var props0 = {};
props0.google_licenses = true;
props0.microsoft_licenses = true;
props0.google_inboxes_per_domain = true;
}
}
if(!valid4){
const err14 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[3].if,parentSchema:schema31.allOf[3],data};
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
const err16 = {instancePath:instancePath+"/user_id",schemaPath:"#/allOf/4/then/properties/user_id/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[4].then.properties.user_id,data:data.user_id};
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
if(valid6){
var props1 = {};
props1.user_id = true;
}
}
if(!valid6){
const err17 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[4].if,parentSchema:schema31.allOf[4],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
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
const err19 = {instancePath:instancePath+"/users",schemaPath:"#/allOf/5/then/properties/users/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[5].then.properties.users,data:data.users};
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
if(valid8){
var props2 = {};
props2.users = true;
}
}
if(!valid8){
const err20 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[5].if,parentSchema:schema31.allOf[5],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sequencer === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequencer"},message:"must have required property '"+"sequencer"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.domains === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema31.properties, key0))){
const err23 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err24 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.properties.user.anyOf[0].anyOf[0],data:data5};
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
const err25 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.user.anyOf[0].anyOf[0].type,parentSchema:schema31.properties.user.anyOf[0].anyOf[0],data:data5};
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
const _errs33 = errors;
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
const err26 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/1/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.properties.user.anyOf[0].anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data5.length > 254 && func7(data5) > 254){
const err27 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.user.anyOf[0].anyOf[1],data:data5};
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
const err28 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.user.anyOf[0].anyOf[1].type,parentSchema:schema31.properties.user.anyOf[0].anyOf[1],data:data5};
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
if(!valid12){
const err29 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.user.anyOf[0].anyOf,parentSchema:schema31.properties.user.anyOf[0],data:data5};
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
const _errs35 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.email === undefined){
const err30 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/1/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema31.properties.user.anyOf[1].required,parentSchema:schema31.properties.user.anyOf[1],data:data5};
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
const err31 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.user.anyOf[1],data:data5};
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
const err32 = {instancePath:instancePath+"/user/email",schemaPath:"#/properties/user/anyOf/1/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.properties.user.anyOf[1].properties.email,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data6.length > 254 && func7(data6) > 254){
const err33 = {instancePath:instancePath+"/user/email",schemaPath:"#/properties/user/anyOf/1/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.user.anyOf[1].properties.email,data:data6};
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
const err34 = {instancePath:instancePath+"/user/email",schemaPath:"#/properties/user/anyOf/1/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.user.anyOf[1].properties.email.type,parentSchema:schema31.properties.user.anyOf[1].properties.email,data:data6};
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
const err35 = {instancePath:instancePath+"/user/first_name",schemaPath:"#/properties/user/anyOf/1/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.user.anyOf[1].properties.first_name.type,parentSchema:schema31.properties.user.anyOf[1].properties.first_name,data:data7};
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
const err36 = {instancePath:instancePath+"/user/last_name",schemaPath:"#/properties/user/anyOf/1/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.user.anyOf[1].properties.last_name.type,parentSchema:schema31.properties.user.anyOf[1].properties.last_name,data:data8};
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
const err37 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.user.anyOf[1].type,parentSchema:schema31.properties.user.anyOf[1],data:data5};
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
if(!valid11){
const err38 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.user.anyOf,parentSchema:schema31.properties.user,data:data5};
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
const err39 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/allOf/0/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.properties.user_id.allOf[0],data:data9};
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
const err40 = {instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.user_id.allOf[0].type,parentSchema:schema31.properties.user_id.allOf[0],data:data9};
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
const err41 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/allOf/0/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schema31.properties.bundle_id.allOf[0],data:data10};
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
const err42 = {instancePath:instancePath+"/bundle_id",schemaPath:"#/properties/bundle_id/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.bundle_id.allOf[0].type,parentSchema:schema31.properties.bundle_id.allOf[0],data:data10};
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
const err43 = {instancePath:instancePath+"/google_licenses",schemaPath:"#/properties/google_licenses/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.google_licenses.type,parentSchema:schema31.properties.google_licenses,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err44 = {instancePath:instancePath+"/google_licenses",schemaPath:"#/properties/google_licenses/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.google_licenses,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data.microsoft_licenses !== undefined){
let data12 = data.microsoft_licenses;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err45 = {instancePath:instancePath+"/microsoft_licenses",schemaPath:"#/properties/microsoft_licenses/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.microsoft_licenses.type,parentSchema:schema31.properties.microsoft_licenses,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err46 = {instancePath:instancePath+"/microsoft_licenses",schemaPath:"#/properties/microsoft_licenses/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.microsoft_licenses,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data.google_inboxes_per_domain !== undefined){
let data13 = data.google_inboxes_per_domain;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err47 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/allOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.google_inboxes_per_domain.allOf[0].type,parentSchema:schema31.properties.google_inboxes_per_domain.allOf[0],data:data13};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!((data13 === 2) || (data13 === 3))){
const err48 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/allOf/0/enum",keyword:"enum",params:{allowedValues: schema31.properties.google_inboxes_per_domain.allOf[0].enum},message:"must be equal to one of the allowed values",schema:schema31.properties.google_inboxes_per_domain.allOf[0].enum,parentSchema:schema31.properties.google_inboxes_per_domain.allOf[0],data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.sequencer !== undefined){
let data14 = data.sequencer;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.provider === undefined){
const err49 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema31.properties.sequencer.required,parentSchema:schema31.properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data14.client_id === undefined){
const err50 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schema31.properties.sequencer.required,parentSchema:schema31.properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data14.login_email === undefined){
const err51 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "login_email"},message:"must have required property '"+"login_email"+"'",schema:schema31.properties.sequencer.required,parentSchema:schema31.properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data14.login_password === undefined){
const err52 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "login_password"},message:"must have required property '"+"login_password"+"'",schema:schema31.properties.sequencer.required,parentSchema:schema31.properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key2 in data14){
if(!((((key2 === "provider") || (key2 === "client_id")) || (key2 === "login_email")) || (key2 === "login_password"))){
const err53 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data14.provider !== undefined){
let data15 = data14.provider;
if(typeof data15 !== "string"){
const err54 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sequencer.properties.provider.type,parentSchema:schema31.properties.sequencer.properties.provider,data:data15};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!(data15 === "smartlead")){
const err55 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/enum",keyword:"enum",params:{allowedValues: schema31.properties.sequencer.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.sequencer.properties.provider.enum,parentSchema:schema31.properties.sequencer.properties.provider,data:data15};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data14.client_id !== undefined){
let data16 = data14.client_id;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err56 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.sequencer.properties.client_id.type,parentSchema:schema31.properties.sequencer.properties.client_id,data:data16};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 1 || isNaN(data16)){
const err57 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.sequencer.properties.client_id,data:data16};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
if(data14.login_email !== undefined){
let data17 = data14.login_email;
if(typeof data17 === "string"){
if(!(formats0.test(data17))){
const err58 = {instancePath:instancePath+"/sequencer/login_email",schemaPath:"#/properties/sequencer/properties/login_email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.properties.sequencer.properties.login_email,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data17.length > 254 && func7(data17) > 254){
const err59 = {instancePath:instancePath+"/sequencer/login_email",schemaPath:"#/properties/sequencer/properties/login_email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.sequencer.properties.login_email,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/sequencer/login_email",schemaPath:"#/properties/sequencer/properties/login_email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sequencer.properties.login_email.type,parentSchema:schema31.properties.sequencer.properties.login_email,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data14.login_password !== undefined){
let data18 = data14.login_password;
if(typeof data18 === "string"){
if(data18.length < 2 * 1 && func7(data18) < 1){
const err61 = {instancePath:instancePath+"/sequencer/login_password",schemaPath:"#/properties/sequencer/properties/login_password/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.sequencer.properties.login_password,data:data18};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/sequencer/login_password",schemaPath:"#/properties/sequencer/properties/login_password/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sequencer.properties.login_password.type,parentSchema:schema31.properties.sequencer.properties.login_password,data:data18};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.sequencer.type,parentSchema:schema31.properties.sequencer,data:data14};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.domains !== undefined){
let data19 = data.domains;
if(Array.isArray(data19)){
if(data19.length < 1){
const err64 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.domains,data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
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
const err65 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"},message:"must match pattern \""+"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"+"\"",schema:"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$",parentSchema:schema31.properties.domains.items.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data20.length > 253 && func7(data20) > 253){
const err66 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.domains.items.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data20.length < 2 * 3 && func7(data20) < 3){
const err67 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.domains.items.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.anyOf[0].type,parentSchema:schema31.properties.domains.items.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid8 = _errs72 === errors;
valid20 = valid20 || _valid8;
const _errs74 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.domain === undefined){
const err69 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema31.properties.domains.items.anyOf[1].required,parentSchema:schema31.properties.domains.items.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key3 in data20){
if(!((key3 === "domain") || (key3 === "forwarding_url"))){
const err70 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.domains.items.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data20.domain !== undefined){
let data21 = data20.domain;
if(typeof data21 === "string"){
if(!pattern7.test(data21)){
const err71 = {instancePath:instancePath+"/domains/" + i0+"/domain",schemaPath:"#/properties/domains/items/anyOf/1/properties/domain/pattern",keyword:"pattern",params:{pattern: "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"},message:"must match pattern \""+"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"+"\"",schema:"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$",parentSchema:schema31.properties.domains.items.anyOf[1].properties.domain,data:data21};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data21.length > 253 && func7(data21) > 253){
const err72 = {instancePath:instancePath+"/domains/" + i0+"/domain",schemaPath:"#/properties/domains/items/anyOf/1/properties/domain/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.domains.items.anyOf[1].properties.domain,data:data21};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data21.length < 2 * 3 && func7(data21) < 3){
const err73 = {instancePath:instancePath+"/domains/" + i0+"/domain",schemaPath:"#/properties/domains/items/anyOf/1/properties/domain/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.domains.items.anyOf[1].properties.domain,data:data21};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/domains/" + i0+"/domain",schemaPath:"#/properties/domains/items/anyOf/1/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.anyOf[1].properties.domain.type,parentSchema:schema31.properties.domains.items.anyOf[1].properties.domain,data:data21};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data20.forwarding_url !== undefined){
let data22 = data20.forwarding_url;
if(typeof data22 === "string"){
if(!pattern9.test(data22)){
const err75 = {instancePath:instancePath+"/domains/" + i0+"/forwarding_url",schemaPath:"#/properties/domains/items/anyOf/1/properties/forwarding_url/allOf/0/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\"",schema:"^[Hh][Tt][Tt][Pp][Ss]?://",parentSchema:schema31.properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0],data:data22};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!(formats6(data22))){
const err76 = {instancePath:instancePath+"/domains/" + i0+"/forwarding_url",schemaPath:"#/properties/domains/items/anyOf/1/properties/forwarding_url/allOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema31.properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0],data:data22};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data22.length > 2048 && func7(data22) > 2048){
const err77 = {instancePath:instancePath+"/domains/" + i0+"/forwarding_url",schemaPath:"#/properties/domains/items/anyOf/1/properties/forwarding_url/allOf/0/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema31.properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0],data:data22};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/domains/" + i0+"/forwarding_url",schemaPath:"#/properties/domains/items/anyOf/1/properties/forwarding_url/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0].type,parentSchema:schema31.properties.domains.items.anyOf[1].properties.forwarding_url.allOf[0],data:data22};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.domains.items.anyOf[1].type,parentSchema:schema31.properties.domains.items.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid8 = _errs74 === errors;
valid20 = valid20 || _valid8;
if(!valid20){
const err80 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.domains.items.anyOf,parentSchema:schema31.properties.domains.items,data:data20};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
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
const err81 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data19};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.personas !== undefined){
let data23 = data.personas;
if(Array.isArray(data23)){
if(data23.length > 10){
const err82 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema31.properties.personas,data:data23};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data23.length < 1){
const err83 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personas,data:data23};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
const len1 = data23.length;
for(let i1=0; i1<len1; i1++){
let data24 = data23[i1];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.first_name === undefined){
const err84 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'",schema:schema31.properties.personas.items.required,parentSchema:schema31.properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data24.last_name === undefined){
const err85 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'",schema:schema31.properties.personas.items.required,parentSchema:schema31.properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data24.profile_picture_url === undefined){
const err86 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "profile_picture_url"},message:"must have required property '"+"profile_picture_url"+"'",schema:schema31.properties.personas.items.required,parentSchema:schema31.properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key4 in data24){
if(!(((key4 === "first_name") || (key4 === "last_name")) || (key4 === "profile_picture_url"))){
const err87 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data24.first_name !== undefined){
let data25 = data24.first_name;
if(typeof data25 === "string"){
if(data25.length > 100 && func7(data25) > 100){
const err88 = {instancePath:instancePath+"/personas/" + i1+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.personas.items.properties.first_name,data:data25};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data25.length < 2 * 1 && func7(data25) < 1){
const err89 = {instancePath:instancePath+"/personas/" + i1+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.personas.items.properties.first_name,data:data25};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/personas/" + i1+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personas.items.properties.first_name.type,parentSchema:schema31.properties.personas.items.properties.first_name,data:data25};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data24.last_name !== undefined){
let data26 = data24.last_name;
if(typeof data26 === "string"){
if(data26.length > 100 && func7(data26) > 100){
const err91 = {instancePath:instancePath+"/personas/" + i1+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.personas.items.properties.last_name,data:data26};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data26.length < 2 * 1 && func7(data26) < 1){
const err92 = {instancePath:instancePath+"/personas/" + i1+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.personas.items.properties.last_name,data:data26};
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
const err93 = {instancePath:instancePath+"/personas/" + i1+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personas.items.properties.last_name.type,parentSchema:schema31.properties.personas.items.properties.last_name,data:data26};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data24.profile_picture_url !== undefined){
let data27 = data24.profile_picture_url;
if((typeof data27 !== "string") && (data27 !== null)){
const err94 = {instancePath:instancePath+"/personas/" + i1+"/profile_picture_url",schemaPath:"#/properties/personas/items/properties/profile_picture_url/type",keyword:"type",params:{type: schema31.properties.personas.items.properties.profile_picture_url.type},message:"must be string,null",schema:schema31.properties.personas.items.properties.profile_picture_url.type,parentSchema:schema31.properties.personas.items.properties.profile_picture_url,data:data27};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(typeof data27 === "string"){
if(data27.length > 2048 && func7(data27) > 2048){
const err95 = {instancePath:instancePath+"/personas/" + i1+"/profile_picture_url",schemaPath:"#/properties/personas/items/properties/profile_picture_url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema31.properties.personas.items.properties.profile_picture_url,data:data27};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
}
else {
const err96 = {instancePath:instancePath+"/personas/" + i1,schemaPath:"#/properties/personas/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personas.items.type,parentSchema:schema31.properties.personas.items,data:data24};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personas.type,parentSchema:schema31.properties.personas,data:data23};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.users !== undefined){
let data28 = data.users;
if(Array.isArray(data28)){
if(data28.length > 10){
const err98 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema31.properties.users,data:data28};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data28.length < 1){
const err99 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.users,data:data28};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.first_name === undefined){
const err100 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'",schema:schema31.properties.users.items.required,parentSchema:schema31.properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data29.last_name === undefined){
const err101 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'",schema:schema31.properties.users.items.required,parentSchema:schema31.properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data29.profile_picture_url === undefined){
const err102 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "profile_picture_url"},message:"must have required property '"+"profile_picture_url"+"'",schema:schema31.properties.users.items.required,parentSchema:schema31.properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key5 in data29){
if(!(((key5 === "first_name") || (key5 === "last_name")) || (key5 === "profile_picture_url"))){
const err103 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data29.first_name !== undefined){
let data30 = data29.first_name;
if(typeof data30 === "string"){
if(data30.length > 100 && func7(data30) > 100){
const err104 = {instancePath:instancePath+"/users/" + i2+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.users.items.properties.first_name,data:data30};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data30.length < 2 * 1 && func7(data30) < 1){
const err105 = {instancePath:instancePath+"/users/" + i2+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.users.items.properties.first_name,data:data30};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/users/" + i2+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.users.items.properties.first_name.type,parentSchema:schema31.properties.users.items.properties.first_name,data:data30};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data29.last_name !== undefined){
let data31 = data29.last_name;
if(typeof data31 === "string"){
if(data31.length > 100 && func7(data31) > 100){
const err107 = {instancePath:instancePath+"/users/" + i2+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.users.items.properties.last_name,data:data31};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data31.length < 2 * 1 && func7(data31) < 1){
const err108 = {instancePath:instancePath+"/users/" + i2+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.users.items.properties.last_name,data:data31};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/users/" + i2+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.users.items.properties.last_name.type,parentSchema:schema31.properties.users.items.properties.last_name,data:data31};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data29.profile_picture_url !== undefined){
let data32 = data29.profile_picture_url;
if((typeof data32 !== "string") && (data32 !== null)){
const err110 = {instancePath:instancePath+"/users/" + i2+"/profile_picture_url",schemaPath:"#/properties/users/items/properties/profile_picture_url/type",keyword:"type",params:{type: schema31.properties.users.items.properties.profile_picture_url.type},message:"must be string,null",schema:schema31.properties.users.items.properties.profile_picture_url.type,parentSchema:schema31.properties.users.items.properties.profile_picture_url,data:data32};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(typeof data32 === "string"){
if(data32.length > 2048 && func7(data32) > 2048){
const err111 = {instancePath:instancePath+"/users/" + i2+"/profile_picture_url",schemaPath:"#/properties/users/items/properties/profile_picture_url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema31.properties.users.items.properties.profile_picture_url,data:data32};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
}
else {
const err112 = {instancePath:instancePath+"/users/" + i2,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.users.items.type,parentSchema:schema31.properties.users.items,data:data29};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.users.type,parentSchema:schema31.properties.users,data:data28};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.forwarding_url !== undefined){
let data33 = data.forwarding_url;
if(typeof data33 === "string"){
if(!pattern9.test(data33)){
const err114 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/allOf/0/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\"",schema:"^[Hh][Tt][Tt][Pp][Ss]?://",parentSchema:schema31.properties.forwarding_url.allOf[0].allOf[0],data:data33};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(!(formats6(data33))){
const err115 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/allOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema31.properties.forwarding_url.allOf[0].allOf[0],data:data33};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data33.length > 2048 && func7(data33) > 2048){
const err116 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/allOf/0/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema31.properties.forwarding_url.allOf[0].allOf[0],data:data33};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.forwarding_url.allOf[0].allOf[0].type,parentSchema:schema31.properties.forwarding_url.allOf[0].allOf[0],data:data33};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "create-swap-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^dom_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/create-swap-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.domain_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain_id"},message:"must have required property '"+"domain_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.replacement_domain === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replacement_domain"},message:"must have required property '"+"replacement_domain"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.type.type,parentSchema:schema31.properties.type,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data0 === "standard") || (data0 === "premium"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.type.enum,parentSchema:schema31.properties.type,data:data0};
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
const err6 = {instancePath:instancePath+"/domain_id",schemaPath:"#/properties/domain_id/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schema31.properties.domain_id,data:data1};
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
const err7 = {instancePath:instancePath+"/domain_id",schemaPath:"#/properties/domain_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domain_id.type,parentSchema:schema31.properties.domain_id,data:data1};
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
const err8 = {instancePath:instancePath+"/replacement_domain",schemaPath:"#/properties/replacement_domain/pattern",keyword:"pattern",params:{pattern: "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"},message:"must match pattern \""+"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"+"\"",schema:"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$",parentSchema:schema31.properties.replacement_domain,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.length > 253 && func7(data2) > 253){
const err9 = {instancePath:instancePath+"/replacement_domain",schemaPath:"#/properties/replacement_domain/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.replacement_domain,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.length < 2 * 3 && func7(data2) < 3){
const err10 = {instancePath:instancePath+"/replacement_domain",schemaPath:"#/properties/replacement_domain/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.replacement_domain,data:data2};
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
const err11 = {instancePath:instancePath+"/replacement_domain",schemaPath:"#/properties/replacement_domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.replacement_domain.type,parentSchema:schema31.properties.replacement_domain,data:data2};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "create-user-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const func5 = codePointLength;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/create-user-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sequencer === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sequencer"},message:"must have required property '"+"sequencer"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length > 254 && func5(data0) > 254){
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.email,data:data0};
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
const err5 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.email.type,parentSchema:schema31.properties.email,data:data0};
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
const err6 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema31.properties.sequencer.required,parentSchema:schema31.properties.sequencer,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.client_id === undefined){
const err7 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schema31.properties.sequencer.required,parentSchema:schema31.properties.sequencer,data:data1};
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
const err8 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.sequencer,data:data1};
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
const err9 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sequencer.properties.provider.type,parentSchema:schema31.properties.sequencer.properties.provider,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data2 === "smartlead")){
const err10 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/enum",keyword:"enum",params:{allowedValues: schema31.properties.sequencer.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.sequencer.properties.provider.enum,parentSchema:schema31.properties.sequencer.properties.provider,data:data2};
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
const err11 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.sequencer.properties.client_id.type,parentSchema:schema31.properties.sequencer.properties.client_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 1 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.sequencer.properties.client_id,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.sequencer.type,parentSchema:schema31.properties.sequencer,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.first_name !== undefined){
let data4 = data.first_name;
if(typeof data4 === "string"){
if(data4.length > 100 && func5(data4) > 100){
const err14 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.first_name,data:data4};
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
const err15 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.first_name.type,parentSchema:schema31.properties.first_name,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.last_name !== undefined){
let data5 = data.last_name;
if(typeof data5 === "string"){
if(data5.length > 100 && func5(data5) > 100){
const err16 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.last_name,data:data5};
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
const err17 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.last_name.type,parentSchema:schema31.properties.last_name,data:data5};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "forwarding-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^dom_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$", "u");
const pattern6 = func0("^[Hh][Tt][Tt][Pp][Ss]?://", "u");
const formats0 = formats.uri;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/forwarding-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domains === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.forwarding_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "forwarding_url"},message:"must have required property '"+"forwarding_url"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err3 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/maxItems",keyword:"maxItems",params:{limit: 25},message:"must NOT have more than 25 items",schema:25,parentSchema:schema31.properties.domains,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.domains,data:data0};
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
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schema31.properties.domains.items.anyOf[0],data:data1};
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
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.anyOf[0].type,parentSchema:schema31.properties.domains.items.anyOf[0],data:data1};
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
const _errs8 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"},message:"must match pattern \""+"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"+"\"",schema:"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$",parentSchema:schema31.properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length > 253 && func7(data1) > 253){
const err8 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.domains.items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.length < 2 * 3 && func7(data1) < 3){
const err9 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.domains.items.anyOf[1],data:data1};
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
const err10 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.anyOf[1].type,parentSchema:schema31.properties.domains.items.anyOf[1],data:data1};
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
if(!valid3){
const err11 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.domains.items.anyOf,parentSchema:schema31.properties.domains.items,data:data1};
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
const err12 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data0};
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
const err13 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/pattern",keyword:"pattern",params:{pattern: "^[Hh][Tt][Tt][Pp][Ss]?://"},message:"must match pattern \""+"^[Hh][Tt][Tt][Pp][Ss]?://"+"\"",schema:"^[Hh][Tt][Tt][Pp][Ss]?://",parentSchema:schema31.properties.forwarding_url.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0(data2))){
const err14 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema31.properties.forwarding_url.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.length > 2048 && func7(data2) > 2048){
const err15 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema31.properties.forwarding_url.allOf[0],data:data2};
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
const err16 = {instancePath:instancePath+"/forwarding_url",schemaPath:"#/properties/forwarding_url/allOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.forwarding_url.allOf[0].type,parentSchema:schema31.properties.forwarding_url.allOf[0],data:data2};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "import-domains-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/import-domains-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domains === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err2 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.domains,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.domains,data:data0};
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
const err4 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/pattern",keyword:"pattern",params:{pattern: "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"},message:"must match pattern \""+"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"+"\"",schema:"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$",parentSchema:schema31.properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length > 253 && func6(data1) > 253){
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 2 * 3 && func6(data1) < 3){
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.domains.items,data:data1};
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
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.type,parentSchema:schema31.properties.domains.items,data:data1};
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
const err8 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data0};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "import-job-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/import-job-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domains === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domains"},message:"must have required property '"+"domains"+"'",schema:schema31.required,parentSchema:schema31,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err2 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema31.properties.domains,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.domains,data:data0};
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
const err4 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/pattern",keyword:"pattern",params:{pattern: "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"},message:"must match pattern \""+"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$"+"\"",schema:"^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:[\\p{L}]{2,63}|xn--[a-zA-Z0-9-]{1,59})\\.?$",parentSchema:schema31.properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length > 253 && func6(data1) > 253){
const err5 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema31.properties.domains.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 2 * 3 && func6(data1) < 3){
const err6 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.domains.items,data:data1};
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
const err7 = {instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domains.items.type,parentSchema:schema31.properties.domains.items,data:data1};
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
const err8 = {instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.domains.type,parentSchema:schema31.properties.domains,data:data0};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "request-file.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func0 = peekerRegExp;
const func7 = codePointLength;
const pattern4 = func0("^usr_[0-9A-Za-z]+$", "u");
const pattern5 = func0("^bun_[0-9A-Za-z]+$", "u");
const pattern6 = func0("^ord_[0-9A-Za-z]+$", "u");
const pattern8 = func0("^dom_[0-9A-Za-z]+$", "u");
const pattern18 = func0("^imp_[0-9A-Za-z]+$", "u");
const pattern19 = func0("^imj_[0-9A-Za-z]+$", "u");
const pattern20 = func0("^fwj_[0-9A-Za-z]+$", "u");
const pattern24 = func0("^swp_[0-9A-Za-z]+$", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/request-file.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
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
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data1 = data.query;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const err2 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/0/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[0].then.properties.query,data:data1};
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
const err3 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/0/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[0].then.properties.query.type,parentSchema:schema31.allOf[0].then.properties.query,data:data1};
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
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/0/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[0].then.properties.path,data:data2};
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
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/0/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[0].then.properties.path.type,parentSchema:schema31.allOf[0].then.properties.path,data:data2};
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
const err6 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/0/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[0].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.query = true;
props0.path = true;
props0.body = true;
props0.request = true;
}
}
if(!valid1){
const err7 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[0].if,parentSchema:schema31.allOf[0],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const _errs13 = errors;
let valid4 = true;
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.request === undefined) && (missing1 = "request")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /orders" !== data.request){
const err9 = {};
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
}
var _valid1 = _errs14 === errors;
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data5 = data.query;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!((((((key2 === "user_id") || (key2 === "user_email")) || (key2 === "bundle_id")) || (key2 === "status")) || (key2 === "per_page")) || (key2 === "page_token"))){
const err10 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/1/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[1].then.properties.query,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.user_id !== undefined){
let data6 = data5.user_id;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err11 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/1/then/properties/query/properties/user_id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.allOf[1].then.properties.query.properties.user_id,data:data6};
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
const err12 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/1/then/properties/query/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[1].then.properties.query.properties.user_id.type,parentSchema:schema31.allOf[1].then.properties.query.properties.user_id,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.user_email !== undefined){
let data7 = data5.user_email;
if(typeof data7 === "string"){
if(!(formats0.test(data7))){
const err13 = {instancePath:instancePath+"/query/user_email",schemaPath:"#/allOf/1/then/properties/query/properties/user_email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.allOf[1].then.properties.query.properties.user_email,data:data7};
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
const err14 = {instancePath:instancePath+"/query/user_email",schemaPath:"#/allOf/1/then/properties/query/properties/user_email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[1].then.properties.query.properties.user_email.type,parentSchema:schema31.allOf[1].then.properties.query.properties.user_email,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.bundle_id !== undefined){
let data8 = data5.bundle_id;
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err15 = {instancePath:instancePath+"/query/bundle_id",schemaPath:"#/allOf/1/then/properties/query/properties/bundle_id/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schema31.allOf[1].then.properties.query.properties.bundle_id,data:data8};
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
const err16 = {instancePath:instancePath+"/query/bundle_id",schemaPath:"#/allOf/1/then/properties/query/properties/bundle_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[1].then.properties.query.properties.bundle_id.type,parentSchema:schema31.allOf[1].then.properties.query.properties.bundle_id,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.status !== undefined){
let data9 = data5.status;
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/1/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[1].then.properties.query.properties.status.type,parentSchema:schema31.allOf[1].then.properties.query.properties.status,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((((((data9 === "in_progress") || (data9 === "completed")) || (data9 === "failed")) || (data9 === "action_required")) || (data9 === "cancel_scheduled")) || (data9 === "cancelled"))){
const err18 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/1/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.allOf[1].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.allOf[1].then.properties.query.properties.status.enum,parentSchema:schema31.allOf[1].then.properties.query.properties.status,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.per_page !== undefined){
let data10 = data5.per_page;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err19 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/1/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.allOf[1].then.properties.query.properties.per_page.type,parentSchema:schema31.allOf[1].then.properties.query.properties.per_page,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 > 100 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/1/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.allOf[1].then.properties.query.properties.per_page,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/1/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.allOf[1].then.properties.query.properties.per_page,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data5.page_token !== undefined){
let data11 = data5.page_token;
if(typeof data11 === "string"){
if(data11.length < 2 * 1 && func7(data11) < 1){
const err22 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/1/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.allOf[1].then.properties.query.properties.page_token,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/1/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[1].then.properties.query.properties.page_token.type,parentSchema:schema31.allOf[1].then.properties.query.properties.page_token,data:data11};
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
const err24 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/1/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[1].then.properties.query.type,parentSchema:schema31.allOf[1].then.properties.query,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.path !== undefined){
let data12 = data.path;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
const err25 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/1/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[1].then.properties.path,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/1/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[1].then.properties.path.type,parentSchema:schema31.allOf[1].then.properties.path,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.body !== undefined){
const err27 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/1/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[1].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
var _valid1 = _errs16 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.query = true;
props1.path = true;
props1.body = true;
props1.request = true;
}
}
if(!valid4){
const err28 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[1].if,parentSchema:schema31.allOf[1],data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs36 = errors;
let valid8 = true;
const _errs37 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.request === undefined) && (missing2 = "request")){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /orders" !== data.request){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
var _valid2 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err31 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[2].then.required,parentSchema:schema31.allOf[2].then,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.query !== undefined){
let data15 = data.query;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key4 in data15){
const err32 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/2/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[2].then.properties.query,data:data15};
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
const err33 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/2/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[2].then.properties.query.type,parentSchema:schema31.allOf[2].then.properties.query,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.path !== undefined){
let data16 = data.path;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key5 in data16){
const err34 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/2/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[2].then.properties.path,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/2/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[2].then.properties.path.type,parentSchema:schema31.allOf[2].then.properties.path,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
var _valid2 = _errs39 === errors;
valid8 = _valid2;
if(valid8){
var props2 = {};
props2.query = true;
props2.path = true;
props2.body = true;
props2.request = true;
}
}
if(!valid8){
const err36 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[2].if,parentSchema:schema31.allOf[2],data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs47 = errors;
let valid11 = true;
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.request === undefined) && (missing3 = "request")){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /orders/pending" !== data.request){
const err38 = {};
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
var _valid3 = _errs48 === errors;
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs50 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data18 = data.query;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key6 in data18){
if(!((((((key6 === "order_id") || (key6 === "user")) || (key6 === "domain_id")) || (key6 === "status")) || (key6 === "per_page")) || (key6 === "page_token"))){
const err39 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/3/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[3].then.properties.query,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data18.order_id !== undefined){
let data19 = data18.order_id;
if(typeof data19 === "string"){
if(!pattern6.test(data19)){
const err40 = {instancePath:instancePath+"/query/order_id",schemaPath:"#/allOf/3/then/properties/query/properties/order_id/pattern",keyword:"pattern",params:{pattern: "^ord_[0-9A-Za-z]+$"},message:"must match pattern \""+"^ord_[0-9A-Za-z]+$"+"\"",schema:"^ord_[0-9A-Za-z]+$",parentSchema:schema31.allOf[3].then.properties.query.properties.order_id,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/query/order_id",schemaPath:"#/allOf/3/then/properties/query/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[3].then.properties.query.properties.order_id.type,parentSchema:schema31.allOf[3].then.properties.query.properties.order_id,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.user !== undefined){
let data20 = data18.user;
const _errs57 = errors;
let valid15 = false;
const _errs58 = errors;
if(typeof data20 === "string"){
if(!pattern4.test(data20)){
const err42 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.allOf[3].then.properties.query.properties.user.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[3].then.properties.query.properties.user.anyOf[0].type,parentSchema:schema31.allOf[3].then.properties.query.properties.user.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid4 = _errs58 === errors;
valid15 = valid15 || _valid4;
const _errs60 = errors;
if(typeof data20 === "string"){
if(!(formats0.test(data20))){
const err44 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/1/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.allOf[3].then.properties.query.properties.user.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data20.length > 254 && func7(data20) > 254){
const err45 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.allOf[3].then.properties.query.properties.user.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[3].then.properties.query.properties.user.anyOf[1].type,parentSchema:schema31.allOf[3].then.properties.query.properties.user.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid4 = _errs60 === errors;
valid15 = valid15 || _valid4;
if(!valid15){
const err47 = {instancePath:instancePath+"/query/user",schemaPath:"#/allOf/3/then/properties/query/properties/user/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.allOf[3].then.properties.query.properties.user.anyOf,parentSchema:schema31.allOf[3].then.properties.query.properties.user,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
if(data18.domain_id !== undefined){
let data21 = data18.domain_id;
if(typeof data21 === "string"){
if(!pattern8.test(data21)){
const err48 = {instancePath:instancePath+"/query/domain_id",schemaPath:"#/allOf/3/then/properties/query/properties/domain_id/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schema31.allOf[3].then.properties.query.properties.domain_id,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/query/domain_id",schemaPath:"#/allOf/3/then/properties/query/properties/domain_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[3].then.properties.query.properties.domain_id.type,parentSchema:schema31.allOf[3].then.properties.query.properties.domain_id,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data18.status !== undefined){
let data22 = data18.status;
if(typeof data22 !== "string"){
const err50 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/3/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[3].then.properties.query.properties.status.type,parentSchema:schema31.allOf[3].then.properties.query.properties.status,data:data22};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!((data22 === "open") || (data22 === "resolved"))){
const err51 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/3/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.allOf[3].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.allOf[3].then.properties.query.properties.status.enum,parentSchema:schema31.allOf[3].then.properties.query.properties.status,data:data22};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data18.per_page !== undefined){
let data23 = data18.per_page;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err52 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/3/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.allOf[3].then.properties.query.properties.per_page.type,parentSchema:schema31.allOf[3].then.properties.query.properties.per_page,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data23 == "number"){
if(data23 > 100 || isNaN(data23)){
const err53 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/3/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.allOf[3].then.properties.query.properties.per_page,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data23 < 1 || isNaN(data23)){
const err54 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/3/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.allOf[3].then.properties.query.properties.per_page,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data18.page_token !== undefined){
let data24 = data18.page_token;
if(typeof data24 === "string"){
if(data24.length < 2 * 1 && func7(data24) < 1){
const err55 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/3/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.allOf[3].then.properties.query.properties.page_token,data:data24};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/3/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[3].then.properties.query.properties.page_token.type,parentSchema:schema31.allOf[3].then.properties.query.properties.page_token,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/3/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[3].then.properties.query.type,parentSchema:schema31.allOf[3].then.properties.query,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.path !== undefined){
let data25 = data.path;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key7 in data25){
const err58 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/3/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[3].then.properties.path,data:data25};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/3/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[3].then.properties.path.type,parentSchema:schema31.allOf[3].then.properties.path,data:data25};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.body !== undefined){
const err60 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/3/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[3].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
var _valid3 = _errs50 === errors;
valid11 = _valid3;
if(valid11){
var props3 = {};
props3.query = true;
props3.path = true;
props3.body = true;
props3.request = true;
}
}
if(!valid11){
const err61 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[3].if,parentSchema:schema31.allOf[3],data};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs74 = errors;
let valid16 = true;
const _errs75 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.request === undefined) && (missing4 = "request")){
const err62 = {};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /orders/{id}" !== data.request){
const err63 = {};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
var _valid5 = _errs75 === errors;
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs77 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data28 = data.query;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key8 in data28){
const err64 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/4/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[4].then.properties.query,data:data28};
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
const err65 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/4/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[4].then.properties.query.type,parentSchema:schema31.allOf[4].then.properties.query,data:data28};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.path !== undefined){
let data29 = data.path;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key9 in data29){
if(!(key9 === "id")){
const err66 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/4/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[4].then.properties.path,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data29.id !== undefined){
let data30 = data29.id;
if(typeof data30 === "string"){
if(!pattern6.test(data30)){
const err67 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/4/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^ord_[0-9A-Za-z]+$"},message:"must match pattern \""+"^ord_[0-9A-Za-z]+$"+"\"",schema:"^ord_[0-9A-Za-z]+$",parentSchema:schema31.allOf[4].then.properties.path.properties.id,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/4/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[4].then.properties.path.properties.id.type,parentSchema:schema31.allOf[4].then.properties.path.properties.id,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/4/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[4].then.properties.path.type,parentSchema:schema31.allOf[4].then.properties.path,data:data29};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.body !== undefined){
const err70 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/4/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[4].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
var _valid5 = _errs77 === errors;
valid16 = _valid5;
if(valid16){
var props4 = {};
props4.query = true;
props4.path = true;
props4.body = true;
props4.request = true;
}
}
if(!valid16){
const err71 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[4].if,parentSchema:schema31.allOf[4],data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs87 = errors;
let valid20 = true;
const _errs88 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.request === undefined) && (missing5 = "request")){
const err72 = {};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /orders/{id}/cancel" !== data.request){
const err73 = {};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
}
var _valid6 = _errs88 === errors;
errors = _errs87;
if(vErrors !== null){
if(_errs87){
vErrors.length = _errs87;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs90 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data33 = data.query;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key10 in data33){
const err74 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/5/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[5].then.properties.query,data:data33};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/5/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[5].then.properties.query.type,parentSchema:schema31.allOf[5].then.properties.query,data:data33};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.path !== undefined){
let data34 = data.path;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key11 in data34){
if(!(key11 === "id")){
const err76 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/5/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[5].then.properties.path,data:data34};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data34.id !== undefined){
let data35 = data34.id;
if(typeof data35 === "string"){
if(!pattern6.test(data35)){
const err77 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/5/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^ord_[0-9A-Za-z]+$"},message:"must match pattern \""+"^ord_[0-9A-Za-z]+$"+"\"",schema:"^ord_[0-9A-Za-z]+$",parentSchema:schema31.allOf[5].then.properties.path.properties.id,data:data35};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/5/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[5].then.properties.path.properties.id.type,parentSchema:schema31.allOf[5].then.properties.path.properties.id,data:data35};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/5/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[5].then.properties.path.type,parentSchema:schema31.allOf[5].then.properties.path,data:data34};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
var _valid6 = _errs90 === errors;
valid20 = _valid6;
if(valid20){
var props5 = {};
props5.query = true;
props5.path = true;
props5.body = true;
props5.request = true;
}
}
if(!valid20){
const err80 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[5].if,parentSchema:schema31.allOf[5],data};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs100 = errors;
let valid24 = true;
const _errs101 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.request === undefined) && (missing6 = "request")){
const err81 = {};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /bundles" !== data.request){
const err82 = {};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
}
var _valid7 = _errs101 === errors;
errors = _errs100;
if(vErrors !== null){
if(_errs100){
vErrors.length = _errs100;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs103 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data37 = data.query;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key12 in data37){
if(!(((key12 === "status") || (key12 === "per_page")) || (key12 === "page_token"))){
const err83 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/6/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[6].then.properties.query,data:data37};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data37.status !== undefined){
let data38 = data37.status;
if(typeof data38 !== "string"){
const err84 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/6/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[6].then.properties.query.properties.status.type,parentSchema:schema31.allOf[6].then.properties.query.properties.status,data:data38};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(!((data38 === "active") || (data38 === "archived"))){
const err85 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/6/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.allOf[6].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.allOf[6].then.properties.query.properties.status.enum,parentSchema:schema31.allOf[6].then.properties.query.properties.status,data:data38};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data37.per_page !== undefined){
let data39 = data37.per_page;
if(!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))){
const err86 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/6/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.allOf[6].then.properties.query.properties.per_page.type,parentSchema:schema31.allOf[6].then.properties.query.properties.per_page,data:data39};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(typeof data39 == "number"){
if(data39 > 100 || isNaN(data39)){
const err87 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/6/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.allOf[6].then.properties.query.properties.per_page,data:data39};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data39 < 1 || isNaN(data39)){
const err88 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/6/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.allOf[6].then.properties.query.properties.per_page,data:data39};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
if(data37.page_token !== undefined){
let data40 = data37.page_token;
if(typeof data40 === "string"){
if(data40.length < 2 * 1 && func7(data40) < 1){
const err89 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/6/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.allOf[6].then.properties.query.properties.page_token,data:data40};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/6/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[6].then.properties.query.properties.page_token.type,parentSchema:schema31.allOf[6].then.properties.query.properties.page_token,data:data40};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/6/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[6].then.properties.query.type,parentSchema:schema31.allOf[6].then.properties.query,data:data37};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.path !== undefined){
let data41 = data.path;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key13 in data41){
const err92 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/6/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[6].then.properties.path,data:data41};
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
const err93 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/6/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[6].then.properties.path.type,parentSchema:schema31.allOf[6].then.properties.path,data:data41};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.body !== undefined){
const err94 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/6/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[6].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
var _valid7 = _errs103 === errors;
valid24 = _valid7;
if(valid24){
var props6 = {};
props6.query = true;
props6.path = true;
props6.body = true;
props6.request = true;
}
}
if(!valid24){
const err95 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[6].if,parentSchema:schema31.allOf[6],data};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs117 = errors;
let valid28 = true;
const _errs118 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.request === undefined) && (missing7 = "request")){
const err96 = {};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /bundles" !== data.request){
const err97 = {};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
}
var _valid8 = _errs118 === errors;
errors = _errs117;
if(vErrors !== null){
if(_errs117){
vErrors.length = _errs117;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs120 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err98 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[7].then.required,parentSchema:schema31.allOf[7].then,data};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data.query !== undefined){
let data44 = data.query;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key14 in data44){
const err99 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/7/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[7].then.properties.query,data:data44};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/7/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[7].then.properties.query.type,parentSchema:schema31.allOf[7].then.properties.query,data:data44};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.path !== undefined){
let data45 = data.path;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key15 in data45){
const err101 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/7/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[7].then.properties.path,data:data45};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/7/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[7].then.properties.path.type,parentSchema:schema31.allOf[7].then.properties.path,data:data45};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
var _valid8 = _errs120 === errors;
valid28 = _valid8;
if(valid28){
var props7 = {};
props7.query = true;
props7.path = true;
props7.body = true;
props7.request = true;
}
}
if(!valid28){
const err103 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[7].if,parentSchema:schema31.allOf[7],data};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs128 = errors;
let valid31 = true;
const _errs129 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.request === undefined) && (missing8 = "request")){
const err104 = {};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /bundles/{id}" !== data.request){
const err105 = {};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
}
var _valid9 = _errs129 === errors;
errors = _errs128;
if(vErrors !== null){
if(_errs128){
vErrors.length = _errs128;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs131 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data47 = data.query;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key16 in data47){
const err106 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/8/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[8].then.properties.query,data:data47};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/8/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[8].then.properties.query.type,parentSchema:schema31.allOf[8].then.properties.query,data:data47};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.path !== undefined){
let data48 = data.path;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key17 in data48){
if(!(key17 === "id")){
const err108 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/8/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[8].then.properties.path,data:data48};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data48.id !== undefined){
let data49 = data48.id;
if(typeof data49 === "string"){
if(!pattern5.test(data49)){
const err109 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/8/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schema31.allOf[8].then.properties.path.properties.id,data:data49};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/8/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[8].then.properties.path.properties.id.type,parentSchema:schema31.allOf[8].then.properties.path.properties.id,data:data49};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/8/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[8].then.properties.path.type,parentSchema:schema31.allOf[8].then.properties.path,data:data48};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.body !== undefined){
const err112 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/8/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[8].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
var _valid9 = _errs131 === errors;
valid31 = _valid9;
if(valid31){
var props8 = {};
props8.query = true;
props8.path = true;
props8.body = true;
props8.request = true;
}
}
if(!valid31){
const err113 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[8].if,parentSchema:schema31.allOf[8],data};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs141 = errors;
let valid35 = true;
const _errs142 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.request === undefined) && (missing9 = "request")){
const err114 = {};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
else {
if(data.request !== undefined){
if("PATCH /bundles/{id}" !== data.request){
const err115 = {};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
}
var _valid10 = _errs142 === errors;
errors = _errs141;
if(vErrors !== null){
if(_errs141){
vErrors.length = _errs141;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs144 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err116 = {instancePath,schemaPath:"#/allOf/9/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[9].then.required,parentSchema:schema31.allOf[9].then,data};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data.query !== undefined){
let data52 = data.query;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key18 in data52){
const err117 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/9/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[9].then.properties.query,data:data52};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/9/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[9].then.properties.query.type,parentSchema:schema31.allOf[9].then.properties.query,data:data52};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.path !== undefined){
let data53 = data.path;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
for(const key19 in data53){
if(!(key19 === "id")){
const err119 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/9/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[9].then.properties.path,data:data53};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data53.id !== undefined){
let data54 = data53.id;
if(typeof data54 === "string"){
if(!pattern5.test(data54)){
const err120 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/9/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schema31.allOf[9].then.properties.path.properties.id,data:data54};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/9/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[9].then.properties.path.properties.id.type,parentSchema:schema31.allOf[9].then.properties.path.properties.id,data:data54};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/9/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[9].then.properties.path.type,parentSchema:schema31.allOf[9].then.properties.path,data:data53};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
var _valid10 = _errs144 === errors;
valid35 = _valid10;
if(valid35){
var props9 = {};
props9.query = true;
props9.path = true;
props9.body = true;
props9.request = true;
}
}
if(!valid35){
const err123 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[9].if,parentSchema:schema31.allOf[9],data};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs154 = errors;
let valid39 = true;
const _errs155 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.request === undefined) && (missing10 = "request")){
const err124 = {};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
if(data.request !== undefined){
if("DELETE /bundles/{id}" !== data.request){
const err125 = {};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
var _valid11 = _errs155 === errors;
errors = _errs154;
if(vErrors !== null){
if(_errs154){
vErrors.length = _errs154;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs157 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data56 = data.query;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
for(const key20 in data56){
const err126 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/10/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[10].then.properties.query,data:data56};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/10/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[10].then.properties.query.type,parentSchema:schema31.allOf[10].then.properties.query,data:data56};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data.path !== undefined){
let data57 = data.path;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key21 in data57){
if(!(key21 === "id")){
const err128 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/10/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[10].then.properties.path,data:data57};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data57.id !== undefined){
let data58 = data57.id;
if(typeof data58 === "string"){
if(!pattern5.test(data58)){
const err129 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/10/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^bun_[0-9A-Za-z]+$"},message:"must match pattern \""+"^bun_[0-9A-Za-z]+$"+"\"",schema:"^bun_[0-9A-Za-z]+$",parentSchema:schema31.allOf[10].then.properties.path.properties.id,data:data58};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/10/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[10].then.properties.path.properties.id.type,parentSchema:schema31.allOf[10].then.properties.path.properties.id,data:data58};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/10/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[10].then.properties.path.type,parentSchema:schema31.allOf[10].then.properties.path,data:data57};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data.body !== undefined){
const err132 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/10/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[10].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
var _valid11 = _errs157 === errors;
valid39 = _valid11;
if(valid39){
var props10 = {};
props10.query = true;
props10.path = true;
props10.body = true;
props10.request = true;
}
}
if(!valid39){
const err133 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[10].if,parentSchema:schema31.allOf[10],data};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs167 = errors;
let valid43 = true;
const _errs168 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.request === undefined) && (missing11 = "request")){
const err134 = {};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /users" !== data.request){
const err135 = {};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
}
var _valid12 = _errs168 === errors;
errors = _errs167;
if(vErrors !== null){
if(_errs167){
vErrors.length = _errs167;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs170 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data61 = data.query;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key22 in data61){
if(!((((key22 === "email") || (key22 === "status")) || (key22 === "per_page")) || (key22 === "page_token"))){
const err136 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/11/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[11].then.properties.query,data:data61};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data61.email !== undefined){
let data62 = data61.email;
if(typeof data62 === "string"){
if(!(formats0.test(data62))){
const err137 = {instancePath:instancePath+"/query/email",schemaPath:"#/allOf/11/then/properties/query/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.allOf[11].then.properties.query.properties.email,data:data62};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/query/email",schemaPath:"#/allOf/11/then/properties/query/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[11].then.properties.query.properties.email.type,parentSchema:schema31.allOf[11].then.properties.query.properties.email,data:data62};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data61.status !== undefined){
let data63 = data61.status;
if(typeof data63 !== "string"){
const err139 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/11/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[11].then.properties.query.properties.status.type,parentSchema:schema31.allOf[11].then.properties.query.properties.status,data:data63};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(!((data63 === "active") || (data63 === "deleted"))){
const err140 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/11/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.allOf[11].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.allOf[11].then.properties.query.properties.status.enum,parentSchema:schema31.allOf[11].then.properties.query.properties.status,data:data63};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data61.per_page !== undefined){
let data64 = data61.per_page;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err141 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/11/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.allOf[11].then.properties.query.properties.per_page.type,parentSchema:schema31.allOf[11].then.properties.query.properties.per_page,data:data64};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(typeof data64 == "number"){
if(data64 > 100 || isNaN(data64)){
const err142 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/11/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.allOf[11].then.properties.query.properties.per_page,data:data64};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(data64 < 1 || isNaN(data64)){
const err143 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/11/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.allOf[11].then.properties.query.properties.per_page,data:data64};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
if(data61.page_token !== undefined){
let data65 = data61.page_token;
if(typeof data65 === "string"){
if(data65.length < 2 * 1 && func7(data65) < 1){
const err144 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/11/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.allOf[11].then.properties.query.properties.page_token,data:data65};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/11/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[11].then.properties.query.properties.page_token.type,parentSchema:schema31.allOf[11].then.properties.query.properties.page_token,data:data65};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/11/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[11].then.properties.query.type,parentSchema:schema31.allOf[11].then.properties.query,data:data61};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data.path !== undefined){
let data66 = data.path;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key23 in data66){
const err147 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/11/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[11].then.properties.path,data:data66};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/11/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[11].then.properties.path.type,parentSchema:schema31.allOf[11].then.properties.path,data:data66};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data.body !== undefined){
const err149 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/11/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[11].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
var _valid12 = _errs170 === errors;
valid43 = _valid12;
if(valid43){
var props11 = {};
props11.query = true;
props11.path = true;
props11.body = true;
props11.request = true;
}
}
if(!valid43){
const err150 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[11].if,parentSchema:schema31.allOf[11],data};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs186 = errors;
let valid47 = true;
const _errs187 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.request === undefined) && (missing12 = "request")){
const err151 = {};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /users" !== data.request){
const err152 = {};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
}
var _valid13 = _errs187 === errors;
errors = _errs186;
if(vErrors !== null){
if(_errs186){
vErrors.length = _errs186;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs189 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err153 = {instancePath,schemaPath:"#/allOf/12/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[12].then.required,parentSchema:schema31.allOf[12].then,data};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data.query !== undefined){
let data69 = data.query;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key24 in data69){
const err154 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/12/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[12].then.properties.query,data:data69};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/12/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[12].then.properties.query.type,parentSchema:schema31.allOf[12].then.properties.query,data:data69};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data.path !== undefined){
let data70 = data.path;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key25 in data70){
const err156 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/12/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[12].then.properties.path,data:data70};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/12/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[12].then.properties.path.type,parentSchema:schema31.allOf[12].then.properties.path,data:data70};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
var _valid13 = _errs189 === errors;
valid47 = _valid13;
if(valid47){
var props12 = {};
props12.query = true;
props12.path = true;
props12.body = true;
props12.request = true;
}
}
if(!valid47){
const err158 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[12].if,parentSchema:schema31.allOf[12],data};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs197 = errors;
let valid50 = true;
const _errs198 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.request === undefined) && (missing13 = "request")){
const err159 = {};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /users/{id}" !== data.request){
const err160 = {};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
}
var _valid14 = _errs198 === errors;
errors = _errs197;
if(vErrors !== null){
if(_errs197){
vErrors.length = _errs197;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs200 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data72 = data.query;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
for(const key26 in data72){
const err161 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/13/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[13].then.properties.query,data:data72};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/13/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[13].then.properties.query.type,parentSchema:schema31.allOf[13].then.properties.query,data:data72};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data.path !== undefined){
let data73 = data.path;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key27 in data73){
if(!(key27 === "id")){
const err163 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/13/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[13].then.properties.path,data:data73};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data73.id !== undefined){
let data74 = data73.id;
if(typeof data74 === "string"){
if(!pattern4.test(data74)){
const err164 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/13/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.allOf[13].then.properties.path.properties.id,data:data74};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/13/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[13].then.properties.path.properties.id.type,parentSchema:schema31.allOf[13].then.properties.path.properties.id,data:data74};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/13/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[13].then.properties.path.type,parentSchema:schema31.allOf[13].then.properties.path,data:data73};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data.body !== undefined){
const err167 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/13/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[13].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
var _valid14 = _errs200 === errors;
valid50 = _valid14;
if(valid50){
var props13 = {};
props13.query = true;
props13.path = true;
props13.body = true;
props13.request = true;
}
}
if(!valid50){
const err168 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[13].if,parentSchema:schema31.allOf[13],data};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
const _errs210 = errors;
let valid54 = true;
const _errs211 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.request === undefined) && (missing14 = "request")){
const err169 = {};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
else {
if(data.request !== undefined){
if("PATCH /users/{id}" !== data.request){
const err170 = {};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
}
var _valid15 = _errs211 === errors;
errors = _errs210;
if(vErrors !== null){
if(_errs210){
vErrors.length = _errs210;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs213 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err171 = {instancePath,schemaPath:"#/allOf/14/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[14].then.required,parentSchema:schema31.allOf[14].then,data};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data.query !== undefined){
let data77 = data.query;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key28 in data77){
const err172 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/14/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[14].then.properties.query,data:data77};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/14/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[14].then.properties.query.type,parentSchema:schema31.allOf[14].then.properties.query,data:data77};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data.path !== undefined){
let data78 = data.path;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
for(const key29 in data78){
if(!(key29 === "id")){
const err174 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/14/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[14].then.properties.path,data:data78};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data78.id !== undefined){
let data79 = data78.id;
if(typeof data79 === "string"){
if(!pattern4.test(data79)){
const err175 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/14/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.allOf[14].then.properties.path.properties.id,data:data79};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/14/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[14].then.properties.path.properties.id.type,parentSchema:schema31.allOf[14].then.properties.path.properties.id,data:data79};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/14/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[14].then.properties.path.type,parentSchema:schema31.allOf[14].then.properties.path,data:data78};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
var _valid15 = _errs213 === errors;
valid54 = _valid15;
if(valid54){
var props14 = {};
props14.query = true;
props14.path = true;
props14.body = true;
props14.request = true;
}
}
if(!valid54){
const err178 = {instancePath,schemaPath:"#/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[14].if,parentSchema:schema31.allOf[14],data};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(props0 !== true && props14 !== undefined){
if(props14 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props14);
}
}
const _errs223 = errors;
let valid58 = true;
const _errs224 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.request === undefined) && (missing15 = "request")){
const err179 = {};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
else {
if(data.request !== undefined){
if("DELETE /users/{id}" !== data.request){
const err180 = {};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
}
var _valid16 = _errs224 === errors;
errors = _errs223;
if(vErrors !== null){
if(_errs223){
vErrors.length = _errs223;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs226 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data81 = data.query;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key30 in data81){
const err181 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/15/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[15].then.properties.query,data:data81};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/15/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[15].then.properties.query.type,parentSchema:schema31.allOf[15].then.properties.query,data:data81};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data.path !== undefined){
let data82 = data.path;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
for(const key31 in data82){
if(!(key31 === "id")){
const err183 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/15/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[15].then.properties.path,data:data82};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data82.id !== undefined){
let data83 = data82.id;
if(typeof data83 === "string"){
if(!pattern4.test(data83)){
const err184 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/15/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.allOf[15].then.properties.path.properties.id,data:data83};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/15/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[15].then.properties.path.properties.id.type,parentSchema:schema31.allOf[15].then.properties.path.properties.id,data:data83};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/15/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[15].then.properties.path.type,parentSchema:schema31.allOf[15].then.properties.path,data:data82};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data.body !== undefined){
const err187 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/15/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[15].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
var _valid16 = _errs226 === errors;
valid58 = _valid16;
if(valid58){
var props15 = {};
props15.query = true;
props15.path = true;
props15.body = true;
props15.request = true;
}
}
if(!valid58){
const err188 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[15].if,parentSchema:schema31.allOf[15],data};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(props0 !== true && props15 !== undefined){
if(props15 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props15);
}
}
const _errs236 = errors;
let valid62 = true;
const _errs237 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((data.request === undefined) && (missing16 = "request")){
const err189 = {};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains" !== data.request){
const err190 = {};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
}
var _valid17 = _errs237 === errors;
errors = _errs236;
if(vErrors !== null){
if(_errs236){
vErrors.length = _errs236;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs239 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data86 = data.query;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key32 in data86){
if(!(((((((key32 === "category") || (key32 === "user_id")) || (key32 === "user_email")) || (key32 === "usable_for")) || (key32 === "status")) || (key32 === "per_page")) || (key32 === "page_token"))){
const err191 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/16/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[16].then.properties.query,data:data86};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data86.category !== undefined){
let data87 = data86.category;
if(typeof data87 !== "string"){
const err192 = {instancePath:instancePath+"/query/category",schemaPath:"#/allOf/16/then/properties/query/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[16].then.properties.query.properties.category.type,parentSchema:schema31.allOf[16].then.properties.query.properties.category,data:data87};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(!((data87 === "inventory") || (data87 === "connected"))){
const err193 = {instancePath:instancePath+"/query/category",schemaPath:"#/allOf/16/then/properties/query/properties/category/enum",keyword:"enum",params:{allowedValues: schema31.allOf[16].then.properties.query.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema31.allOf[16].then.properties.query.properties.category.enum,parentSchema:schema31.allOf[16].then.properties.query.properties.category,data:data87};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data86.user_id !== undefined){
let data88 = data86.user_id;
if(typeof data88 === "string"){
if(!pattern4.test(data88)){
const err194 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/16/then/properties/query/properties/user_id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.allOf[16].then.properties.query.properties.user_id,data:data88};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/16/then/properties/query/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[16].then.properties.query.properties.user_id.type,parentSchema:schema31.allOf[16].then.properties.query.properties.user_id,data:data88};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data86.user_email !== undefined){
let data89 = data86.user_email;
if(typeof data89 === "string"){
if(!(formats0.test(data89))){
const err196 = {instancePath:instancePath+"/query/user_email",schemaPath:"#/allOf/16/then/properties/query/properties/user_email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.allOf[16].then.properties.query.properties.user_email,data:data89};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/query/user_email",schemaPath:"#/allOf/16/then/properties/query/properties/user_email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[16].then.properties.query.properties.user_email.type,parentSchema:schema31.allOf[16].then.properties.query.properties.user_email,data:data89};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data86.usable_for !== undefined){
let data90 = data86.usable_for;
if(typeof data90 !== "string"){
const err198 = {instancePath:instancePath+"/query/usable_for",schemaPath:"#/allOf/16/then/properties/query/properties/usable_for/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[16].then.properties.query.properties.usable_for.type,parentSchema:schema31.allOf[16].then.properties.query.properties.usable_for,data:data90};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(!((data90 === "google") || (data90 === "microsoft"))){
const err199 = {instancePath:instancePath+"/query/usable_for",schemaPath:"#/allOf/16/then/properties/query/properties/usable_for/enum",keyword:"enum",params:{allowedValues: schema31.allOf[16].then.properties.query.properties.usable_for.enum},message:"must be equal to one of the allowed values",schema:schema31.allOf[16].then.properties.query.properties.usable_for.enum,parentSchema:schema31.allOf[16].then.properties.query.properties.usable_for,data:data90};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data86.status !== undefined){
let data91 = data86.status;
if(typeof data91 !== "string"){
const err200 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/16/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[16].then.properties.query.properties.status.type,parentSchema:schema31.allOf[16].then.properties.query.properties.status,data:data91};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(!(((((data91 === "available") || (data91 === "in_progress")) || (data91 === "active")) || (data91 === "action_required")) || (data91 === "failed"))){
const err201 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/16/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.allOf[16].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.allOf[16].then.properties.query.properties.status.enum,parentSchema:schema31.allOf[16].then.properties.query.properties.status,data:data91};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data86.per_page !== undefined){
let data92 = data86.per_page;
if(!((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92)))){
const err202 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/16/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.allOf[16].then.properties.query.properties.per_page.type,parentSchema:schema31.allOf[16].then.properties.query.properties.per_page,data:data92};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(typeof data92 == "number"){
if(data92 > 100 || isNaN(data92)){
const err203 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/16/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.allOf[16].then.properties.query.properties.per_page,data:data92};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(data92 < 1 || isNaN(data92)){
const err204 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/16/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.allOf[16].then.properties.query.properties.per_page,data:data92};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
if(data86.page_token !== undefined){
let data93 = data86.page_token;
if(typeof data93 === "string"){
if(data93.length < 2 * 1 && func7(data93) < 1){
const err205 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/16/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.allOf[16].then.properties.query.properties.page_token,data:data93};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/16/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[16].then.properties.query.properties.page_token.type,parentSchema:schema31.allOf[16].then.properties.query.properties.page_token,data:data93};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/16/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[16].then.properties.query.type,parentSchema:schema31.allOf[16].then.properties.query,data:data86};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data.path !== undefined){
let data94 = data.path;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
for(const key33 in data94){
const err208 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/16/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[16].then.properties.path,data:data94};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/16/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[16].then.properties.path.type,parentSchema:schema31.allOf[16].then.properties.path,data:data94};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data.body !== undefined){
const err210 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/16/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[16].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
var _valid17 = _errs239 === errors;
valid62 = _valid17;
if(valid62){
var props16 = {};
props16.query = true;
props16.path = true;
props16.body = true;
props16.request = true;
}
}
if(!valid62){
const err211 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[16].if,parentSchema:schema31.allOf[16],data};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(props0 !== true && props16 !== undefined){
if(props16 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props16);
}
}
const _errs261 = errors;
let valid66 = true;
const _errs262 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing17;
if((data.request === undefined) && (missing17 = "request")){
const err212 = {};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /domains/availability" !== data.request){
const err213 = {};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
}
var _valid18 = _errs262 === errors;
errors = _errs261;
if(vErrors !== null){
if(_errs261){
vErrors.length = _errs261;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs264 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err214 = {instancePath,schemaPath:"#/allOf/17/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[17].then.required,parentSchema:schema31.allOf[17].then,data};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(data.query !== undefined){
let data97 = data.query;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
for(const key34 in data97){
const err215 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/17/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[17].then.properties.query,data:data97};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
else {
const err216 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/17/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[17].then.properties.query.type,parentSchema:schema31.allOf[17].then.properties.query,data:data97};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data.path !== undefined){
let data98 = data.path;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
for(const key35 in data98){
const err217 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/17/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[17].then.properties.path,data:data98};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/17/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[17].then.properties.path.type,parentSchema:schema31.allOf[17].then.properties.path,data:data98};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
}
var _valid18 = _errs264 === errors;
valid66 = _valid18;
if(valid66){
var props17 = {};
props17.query = true;
props17.path = true;
props17.body = true;
props17.request = true;
}
}
if(!valid66){
const err219 = {instancePath,schemaPath:"#/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[17].if,parentSchema:schema31.allOf[17],data};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(props0 !== true && props17 !== undefined){
if(props17 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props17);
}
}
const _errs272 = errors;
let valid69 = true;
const _errs273 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing18;
if((data.request === undefined) && (missing18 = "request")){
const err220 = {};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains/import" !== data.request){
const err221 = {};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
}
var _valid19 = _errs273 === errors;
errors = _errs272;
if(vErrors !== null){
if(_errs272){
vErrors.length = _errs272;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs275 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data100 = data.query;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key36 in data100){
if(!(((key36 === "domains") || (key36 === "per_page")) || (key36 === "page_token"))){
const err222 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/18/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[18].then.properties.query,data:data100};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data100.domains !== undefined){
let data101 = data100.domains;
if(typeof data101 === "string"){
if(data101.length < 2 * 1 && func7(data101) < 1){
const err223 = {instancePath:instancePath+"/query/domains",schemaPath:"#/allOf/18/then/properties/query/properties/domains/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.allOf[18].then.properties.query.properties.domains,data:data101};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/query/domains",schemaPath:"#/allOf/18/then/properties/query/properties/domains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[18].then.properties.query.properties.domains.type,parentSchema:schema31.allOf[18].then.properties.query.properties.domains,data:data101};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data100.per_page !== undefined){
let data102 = data100.per_page;
if(!((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102)))){
const err225 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/18/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.allOf[18].then.properties.query.properties.per_page.type,parentSchema:schema31.allOf[18].then.properties.query.properties.per_page,data:data102};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(typeof data102 == "number"){
if(data102 > 100 || isNaN(data102)){
const err226 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/18/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.allOf[18].then.properties.query.properties.per_page,data:data102};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(data102 < 1 || isNaN(data102)){
const err227 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/18/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.allOf[18].then.properties.query.properties.per_page,data:data102};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
if(data100.page_token !== undefined){
let data103 = data100.page_token;
if(typeof data103 === "string"){
if(data103.length < 2 * 1 && func7(data103) < 1){
const err228 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/18/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.allOf[18].then.properties.query.properties.page_token,data:data103};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/18/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[18].then.properties.query.properties.page_token.type,parentSchema:schema31.allOf[18].then.properties.query.properties.page_token,data:data103};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/18/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[18].then.properties.query.type,parentSchema:schema31.allOf[18].then.properties.query,data:data100};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data.path !== undefined){
let data104 = data.path;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
for(const key37 in data104){
const err231 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/18/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[18].then.properties.path,data:data104};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
else {
const err232 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/18/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[18].then.properties.path.type,parentSchema:schema31.allOf[18].then.properties.path,data:data104};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data.body !== undefined){
const err233 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/18/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[18].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
var _valid19 = _errs275 === errors;
valid69 = _valid19;
if(valid69){
var props18 = {};
props18.query = true;
props18.path = true;
props18.body = true;
props18.request = true;
}
}
if(!valid69){
const err234 = {instancePath,schemaPath:"#/allOf/18/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[18].if,parentSchema:schema31.allOf[18],data};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(props0 !== true && props18 !== undefined){
if(props18 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props18);
}
}
const _errs289 = errors;
let valid73 = true;
const _errs290 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing19;
if((data.request === undefined) && (missing19 = "request")){
const err235 = {};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /domains/import" !== data.request){
const err236 = {};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
}
var _valid20 = _errs290 === errors;
errors = _errs289;
if(vErrors !== null){
if(_errs289){
vErrors.length = _errs289;
}
else {
vErrors = null;
}
}
if(_valid20){
const _errs292 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err237 = {instancePath,schemaPath:"#/allOf/19/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[19].then.required,parentSchema:schema31.allOf[19].then,data};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(data.query !== undefined){
let data107 = data.query;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key38 in data107){
const err238 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/19/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[19].then.properties.query,data:data107};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/19/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[19].then.properties.query.type,parentSchema:schema31.allOf[19].then.properties.query,data:data107};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data.path !== undefined){
let data108 = data.path;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
for(const key39 in data108){
const err240 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/19/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[19].then.properties.path,data:data108};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
else {
const err241 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/19/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[19].then.properties.path.type,parentSchema:schema31.allOf[19].then.properties.path,data:data108};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
var _valid20 = _errs292 === errors;
valid73 = _valid20;
if(valid73){
var props19 = {};
props19.query = true;
props19.path = true;
props19.body = true;
props19.request = true;
}
}
if(!valid73){
const err242 = {instancePath,schemaPath:"#/allOf/19/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[19].if,parentSchema:schema31.allOf[19],data};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(props0 !== true && props19 !== undefined){
if(props19 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props19);
}
}
const _errs300 = errors;
let valid76 = true;
const _errs301 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing20;
if((data.request === undefined) && (missing20 = "request")){
const err243 = {};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains/import/{id}" !== data.request){
const err244 = {};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
}
var _valid21 = _errs301 === errors;
errors = _errs300;
if(vErrors !== null){
if(_errs300){
vErrors.length = _errs300;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs303 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data110 = data.query;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
for(const key40 in data110){
const err245 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/20/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[20].then.properties.query,data:data110};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/20/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[20].then.properties.query.type,parentSchema:schema31.allOf[20].then.properties.query,data:data110};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data.path !== undefined){
let data111 = data.path;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key41 in data111){
if(!(key41 === "id")){
const err247 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/20/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[20].then.properties.path,data:data111};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data111.id !== undefined){
let data112 = data111.id;
if(typeof data112 === "string"){
if(!pattern18.test(data112)){
const err248 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/20/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^imp_[0-9A-Za-z]+$"},message:"must match pattern \""+"^imp_[0-9A-Za-z]+$"+"\"",schema:"^imp_[0-9A-Za-z]+$",parentSchema:schema31.allOf[20].then.properties.path.properties.id,data:data112};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/20/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[20].then.properties.path.properties.id.type,parentSchema:schema31.allOf[20].then.properties.path.properties.id,data:data112};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/20/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[20].then.properties.path.type,parentSchema:schema31.allOf[20].then.properties.path,data:data111};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data.body !== undefined){
const err251 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/20/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[20].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
var _valid21 = _errs303 === errors;
valid76 = _valid21;
if(valid76){
var props20 = {};
props20.query = true;
props20.path = true;
props20.body = true;
props20.request = true;
}
}
if(!valid76){
const err252 = {instancePath,schemaPath:"#/allOf/20/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[20].if,parentSchema:schema31.allOf[20],data};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(props0 !== true && props20 !== undefined){
if(props20 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props20);
}
}
const _errs313 = errors;
let valid80 = true;
const _errs314 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing21;
if((data.request === undefined) && (missing21 = "request")){
const err253 = {};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /domains/import/jobs" !== data.request){
const err254 = {};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
}
var _valid22 = _errs314 === errors;
errors = _errs313;
if(vErrors !== null){
if(_errs313){
vErrors.length = _errs313;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs316 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err255 = {instancePath,schemaPath:"#/allOf/21/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[21].then.required,parentSchema:schema31.allOf[21].then,data};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(data.query !== undefined){
let data115 = data.query;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key42 in data115){
const err256 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/21/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[21].then.properties.query,data:data115};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/21/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[21].then.properties.query.type,parentSchema:schema31.allOf[21].then.properties.query,data:data115};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data.path !== undefined){
let data116 = data.path;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
for(const key43 in data116){
const err258 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/21/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[21].then.properties.path,data:data116};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/21/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[21].then.properties.path.type,parentSchema:schema31.allOf[21].then.properties.path,data:data116};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
var _valid22 = _errs316 === errors;
valid80 = _valid22;
if(valid80){
var props21 = {};
props21.query = true;
props21.path = true;
props21.body = true;
props21.request = true;
}
}
if(!valid80){
const err260 = {instancePath,schemaPath:"#/allOf/21/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[21].if,parentSchema:schema31.allOf[21],data};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if(props0 !== true && props21 !== undefined){
if(props21 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props21);
}
}
const _errs324 = errors;
let valid83 = true;
const _errs325 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing22;
if((data.request === undefined) && (missing22 = "request")){
const err261 = {};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains/import/jobs/{id}" !== data.request){
const err262 = {};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
}
var _valid23 = _errs325 === errors;
errors = _errs324;
if(vErrors !== null){
if(_errs324){
vErrors.length = _errs324;
}
else {
vErrors = null;
}
}
if(_valid23){
const _errs327 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data118 = data.query;
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
for(const key44 in data118){
const err263 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/22/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[22].then.properties.query,data:data118};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
else {
const err264 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/22/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[22].then.properties.query.type,parentSchema:schema31.allOf[22].then.properties.query,data:data118};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data.path !== undefined){
let data119 = data.path;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
for(const key45 in data119){
if(!(key45 === "id")){
const err265 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/22/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[22].then.properties.path,data:data119};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data119.id !== undefined){
let data120 = data119.id;
if(typeof data120 === "string"){
if(!pattern19.test(data120)){
const err266 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/22/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^imj_[0-9A-Za-z]+$"},message:"must match pattern \""+"^imj_[0-9A-Za-z]+$"+"\"",schema:"^imj_[0-9A-Za-z]+$",parentSchema:schema31.allOf[22].then.properties.path.properties.id,data:data120};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/22/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[22].then.properties.path.properties.id.type,parentSchema:schema31.allOf[22].then.properties.path.properties.id,data:data120};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/22/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[22].then.properties.path.type,parentSchema:schema31.allOf[22].then.properties.path,data:data119};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data.body !== undefined){
const err269 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/22/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[22].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
var _valid23 = _errs327 === errors;
valid83 = _valid23;
if(valid83){
var props22 = {};
props22.query = true;
props22.path = true;
props22.body = true;
props22.request = true;
}
}
if(!valid83){
const err270 = {instancePath,schemaPath:"#/allOf/22/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[22].if,parentSchema:schema31.allOf[22],data};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(props0 !== true && props22 !== undefined){
if(props22 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props22);
}
}
const _errs337 = errors;
let valid87 = true;
const _errs338 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing23;
if((data.request === undefined) && (missing23 = "request")){
const err271 = {};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /domains/forwarding" !== data.request){
const err272 = {};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
}
}
var _valid24 = _errs338 === errors;
errors = _errs337;
if(vErrors !== null){
if(_errs337){
vErrors.length = _errs337;
}
else {
vErrors = null;
}
}
if(_valid24){
const _errs340 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err273 = {instancePath,schemaPath:"#/allOf/23/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[23].then.required,parentSchema:schema31.allOf[23].then,data};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(data.query !== undefined){
let data123 = data.query;
if(data123 && typeof data123 == "object" && !Array.isArray(data123)){
for(const key46 in data123){
const err274 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/23/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[23].then.properties.query,data:data123};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
else {
const err275 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/23/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[23].then.properties.query.type,parentSchema:schema31.allOf[23].then.properties.query,data:data123};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data.path !== undefined){
let data124 = data.path;
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
for(const key47 in data124){
const err276 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/23/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[23].then.properties.path,data:data124};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
else {
const err277 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/23/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[23].then.properties.path.type,parentSchema:schema31.allOf[23].then.properties.path,data:data124};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
var _valid24 = _errs340 === errors;
valid87 = _valid24;
if(valid87){
var props23 = {};
props23.query = true;
props23.path = true;
props23.body = true;
props23.request = true;
}
}
if(!valid87){
const err278 = {instancePath,schemaPath:"#/allOf/23/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[23].if,parentSchema:schema31.allOf[23],data};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(props0 !== true && props23 !== undefined){
if(props23 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props23);
}
}
const _errs348 = errors;
let valid90 = true;
const _errs349 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing24;
if((data.request === undefined) && (missing24 = "request")){
const err279 = {};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /domains/forwarding/{id}" !== data.request){
const err280 = {};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
}
var _valid25 = _errs349 === errors;
errors = _errs348;
if(vErrors !== null){
if(_errs348){
vErrors.length = _errs348;
}
else {
vErrors = null;
}
}
if(_valid25){
const _errs351 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data126 = data.query;
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
for(const key48 in data126){
const err281 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/24/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[24].then.properties.query,data:data126};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
else {
const err282 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/24/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[24].then.properties.query.type,parentSchema:schema31.allOf[24].then.properties.query,data:data126};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data.path !== undefined){
let data127 = data.path;
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
for(const key49 in data127){
if(!(key49 === "id")){
const err283 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/24/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[24].then.properties.path,data:data127};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data127.id !== undefined){
let data128 = data127.id;
if(typeof data128 === "string"){
if(!pattern20.test(data128)){
const err284 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/24/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^fwj_[0-9A-Za-z]+$"},message:"must match pattern \""+"^fwj_[0-9A-Za-z]+$"+"\"",schema:"^fwj_[0-9A-Za-z]+$",parentSchema:schema31.allOf[24].then.properties.path.properties.id,data:data128};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
else {
const err285 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/24/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[24].then.properties.path.properties.id.type,parentSchema:schema31.allOf[24].then.properties.path.properties.id,data:data128};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
}
else {
const err286 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/24/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[24].then.properties.path.type,parentSchema:schema31.allOf[24].then.properties.path,data:data127};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data.body !== undefined){
const err287 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/24/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[24].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
var _valid25 = _errs351 === errors;
valid90 = _valid25;
if(valid90){
var props24 = {};
props24.query = true;
props24.path = true;
props24.body = true;
props24.request = true;
}
}
if(!valid90){
const err288 = {instancePath,schemaPath:"#/allOf/24/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[24].if,parentSchema:schema31.allOf[24],data};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
if(props0 !== true && props24 !== undefined){
if(props24 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props24);
}
}
const _errs361 = errors;
let valid94 = true;
const _errs362 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing25;
if((data.request === undefined) && (missing25 = "request")){
const err289 = {};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /swaps" !== data.request){
const err290 = {};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
}
var _valid26 = _errs362 === errors;
errors = _errs361;
if(vErrors !== null){
if(_errs361){
vErrors.length = _errs361;
}
else {
vErrors = null;
}
}
if(_valid26){
const _errs364 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data131 = data.query;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
for(const key50 in data131){
if(!((((((key50 === "user_id") || (key50 === "order_id")) || (key50 === "domain_id")) || (key50 === "status")) || (key50 === "per_page")) || (key50 === "page_token"))){
const err291 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/25/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[25].then.properties.query,data:data131};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data131.user_id !== undefined){
let data132 = data131.user_id;
if(typeof data132 === "string"){
if(!pattern4.test(data132)){
const err292 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/25/then/properties/query/properties/user_id/pattern",keyword:"pattern",params:{pattern: "^usr_[0-9A-Za-z]+$"},message:"must match pattern \""+"^usr_[0-9A-Za-z]+$"+"\"",schema:"^usr_[0-9A-Za-z]+$",parentSchema:schema31.allOf[25].then.properties.query.properties.user_id,data:data132};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
else {
const err293 = {instancePath:instancePath+"/query/user_id",schemaPath:"#/allOf/25/then/properties/query/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[25].then.properties.query.properties.user_id.type,parentSchema:schema31.allOf[25].then.properties.query.properties.user_id,data:data132};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data131.order_id !== undefined){
let data133 = data131.order_id;
if(typeof data133 === "string"){
if(!pattern6.test(data133)){
const err294 = {instancePath:instancePath+"/query/order_id",schemaPath:"#/allOf/25/then/properties/query/properties/order_id/pattern",keyword:"pattern",params:{pattern: "^ord_[0-9A-Za-z]+$"},message:"must match pattern \""+"^ord_[0-9A-Za-z]+$"+"\"",schema:"^ord_[0-9A-Za-z]+$",parentSchema:schema31.allOf[25].then.properties.query.properties.order_id,data:data133};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/query/order_id",schemaPath:"#/allOf/25/then/properties/query/properties/order_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[25].then.properties.query.properties.order_id.type,parentSchema:schema31.allOf[25].then.properties.query.properties.order_id,data:data133};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data131.domain_id !== undefined){
let data134 = data131.domain_id;
if(typeof data134 === "string"){
if(!pattern8.test(data134)){
const err296 = {instancePath:instancePath+"/query/domain_id",schemaPath:"#/allOf/25/then/properties/query/properties/domain_id/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schema31.allOf[25].then.properties.query.properties.domain_id,data:data134};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
else {
const err297 = {instancePath:instancePath+"/query/domain_id",schemaPath:"#/allOf/25/then/properties/query/properties/domain_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[25].then.properties.query.properties.domain_id.type,parentSchema:schema31.allOf[25].then.properties.query.properties.domain_id,data:data134};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data131.status !== undefined){
let data135 = data131.status;
if(typeof data135 !== "string"){
const err298 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/25/then/properties/query/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[25].then.properties.query.properties.status.type,parentSchema:schema31.allOf[25].then.properties.query.properties.status,data:data135};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if(!(((((data135 === "created") || (data135 === "in_progress")) || (data135 === "completed")) || (data135 === "failed")) || (data135 === "action_required"))){
const err299 = {instancePath:instancePath+"/query/status",schemaPath:"#/allOf/25/then/properties/query/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.allOf[25].then.properties.query.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.allOf[25].then.properties.query.properties.status.enum,parentSchema:schema31.allOf[25].then.properties.query.properties.status,data:data135};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data131.per_page !== undefined){
let data136 = data131.per_page;
if(!((typeof data136 == "number") && (!(data136 % 1) && !isNaN(data136)))){
const err300 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/25/then/properties/query/properties/per_page/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.allOf[25].then.properties.query.properties.per_page.type,parentSchema:schema31.allOf[25].then.properties.query.properties.per_page,data:data136};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(typeof data136 == "number"){
if(data136 > 100 || isNaN(data136)){
const err301 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/25/then/properties/query/properties/per_page/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.allOf[25].then.properties.query.properties.per_page,data:data136};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(data136 < 1 || isNaN(data136)){
const err302 = {instancePath:instancePath+"/query/per_page",schemaPath:"#/allOf/25/then/properties/query/properties/per_page/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.allOf[25].then.properties.query.properties.per_page,data:data136};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
}
if(data131.page_token !== undefined){
let data137 = data131.page_token;
if(typeof data137 === "string"){
if(data137.length < 2 * 1 && func7(data137) < 1){
const err303 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/25/then/properties/query/properties/page_token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.allOf[25].then.properties.query.properties.page_token,data:data137};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
else {
const err304 = {instancePath:instancePath+"/query/page_token",schemaPath:"#/allOf/25/then/properties/query/properties/page_token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[25].then.properties.query.properties.page_token.type,parentSchema:schema31.allOf[25].then.properties.query.properties.page_token,data:data137};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
else {
const err305 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/25/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[25].then.properties.query.type,parentSchema:schema31.allOf[25].then.properties.query,data:data131};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data.path !== undefined){
let data138 = data.path;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
for(const key51 in data138){
const err306 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/25/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[25].then.properties.path,data:data138};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
else {
const err307 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/25/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[25].then.properties.path.type,parentSchema:schema31.allOf[25].then.properties.path,data:data138};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data.body !== undefined){
const err308 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/25/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[25].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
var _valid26 = _errs364 === errors;
valid94 = _valid26;
if(valid94){
var props25 = {};
props25.query = true;
props25.path = true;
props25.body = true;
props25.request = true;
}
}
if(!valid94){
const err309 = {instancePath,schemaPath:"#/allOf/25/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[25].if,parentSchema:schema31.allOf[25],data};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if(props0 !== true && props25 !== undefined){
if(props25 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props25);
}
}
const _errs384 = errors;
let valid98 = true;
const _errs385 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing26;
if((data.request === undefined) && (missing26 = "request")){
const err310 = {};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /swaps" !== data.request){
const err311 = {};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
}
}
var _valid27 = _errs385 === errors;
errors = _errs384;
if(vErrors !== null){
if(_errs384){
vErrors.length = _errs384;
}
else {
vErrors = null;
}
}
if(_valid27){
const _errs387 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err312 = {instancePath,schemaPath:"#/allOf/26/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[26].then.required,parentSchema:schema31.allOf[26].then,data};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if(data.query !== undefined){
let data141 = data.query;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
for(const key52 in data141){
const err313 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/26/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[26].then.properties.query,data:data141};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
else {
const err314 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/26/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[26].then.properties.query.type,parentSchema:schema31.allOf[26].then.properties.query,data:data141};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data.path !== undefined){
let data142 = data.path;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
for(const key53 in data142){
const err315 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/26/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[26].then.properties.path,data:data142};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
else {
const err316 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/26/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[26].then.properties.path.type,parentSchema:schema31.allOf[26].then.properties.path,data:data142};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
}
var _valid27 = _errs387 === errors;
valid98 = _valid27;
if(valid98){
var props26 = {};
props26.query = true;
props26.path = true;
props26.body = true;
props26.request = true;
}
}
if(!valid98){
const err317 = {instancePath,schemaPath:"#/allOf/26/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[26].if,parentSchema:schema31.allOf[26],data};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
if(props0 !== true && props26 !== undefined){
if(props26 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props26);
}
}
const _errs395 = errors;
let valid101 = true;
const _errs396 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing27;
if((data.request === undefined) && (missing27 = "request")){
const err318 = {};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
else {
if(data.request !== undefined){
if("GET /swaps/{id}" !== data.request){
const err319 = {};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
}
}
var _valid28 = _errs396 === errors;
errors = _errs395;
if(vErrors !== null){
if(_errs395){
vErrors.length = _errs395;
}
else {
vErrors = null;
}
}
if(_valid28){
const _errs398 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query !== undefined){
let data144 = data.query;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
for(const key54 in data144){
const err320 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/27/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[27].then.properties.query,data:data144};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else {
const err321 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/27/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[27].then.properties.query.type,parentSchema:schema31.allOf[27].then.properties.query,data:data144};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data.path !== undefined){
let data145 = data.path;
if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
for(const key55 in data145){
if(!(key55 === "id")){
const err322 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/27/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[27].then.properties.path,data:data145};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data145.id !== undefined){
let data146 = data145.id;
if(typeof data146 === "string"){
if(!pattern24.test(data146)){
const err323 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/27/then/properties/path/properties/id/pattern",keyword:"pattern",params:{pattern: "^swp_[0-9A-Za-z]+$"},message:"must match pattern \""+"^swp_[0-9A-Za-z]+$"+"\"",schema:"^swp_[0-9A-Za-z]+$",parentSchema:schema31.allOf[27].then.properties.path.properties.id,data:data146};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/path/id",schemaPath:"#/allOf/27/then/properties/path/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.allOf[27].then.properties.path.properties.id.type,parentSchema:schema31.allOf[27].then.properties.path.properties.id,data:data146};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
}
else {
const err325 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/27/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[27].then.properties.path.type,parentSchema:schema31.allOf[27].then.properties.path,data:data145};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
if(data.body !== undefined){
const err326 = {instancePath:instancePath+"/body",schemaPath:"#/allOf/27/then/properties/body/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema31.allOf[27].then.properties.body,data:data.body};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
var _valid28 = _errs398 === errors;
valid101 = _valid28;
if(valid101){
var props27 = {};
props27.query = true;
props27.path = true;
props27.body = true;
props27.request = true;
}
}
if(!valid101){
const err327 = {instancePath,schemaPath:"#/allOf/27/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[27].if,parentSchema:schema31.allOf[27],data};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(props0 !== true && props27 !== undefined){
if(props27 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props27);
}
}
const _errs408 = errors;
let valid105 = true;
const _errs409 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing28;
if((data.request === undefined) && (missing28 = "request")){
const err328 = {};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
else {
if(data.request !== undefined){
if("POST /swaps/user_names" !== data.request){
const err329 = {};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
}
var _valid29 = _errs409 === errors;
errors = _errs408;
if(vErrors !== null){
if(_errs408){
vErrors.length = _errs408;
}
else {
vErrors = null;
}
}
if(_valid29){
const _errs411 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.body === undefined){
const err330 = {instancePath,schemaPath:"#/allOf/28/then/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema31.allOf[28].then.required,parentSchema:schema31.allOf[28].then,data};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if(data.query !== undefined){
let data149 = data.query;
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
for(const key56 in data149){
const err331 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/28/then/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[28].then.properties.query,data:data149};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
else {
const err332 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/28/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[28].then.properties.query.type,parentSchema:schema31.allOf[28].then.properties.query,data:data149};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data.path !== undefined){
let data150 = data.path;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
for(const key57 in data150){
const err333 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/28/then/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties",schema:false,parentSchema:schema31.allOf[28].then.properties.path,data:data150};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
else {
const err334 = {instancePath:instancePath+"/path",schemaPath:"#/allOf/28/then/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[28].then.properties.path.type,parentSchema:schema31.allOf[28].then.properties.path,data:data150};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
}
var _valid29 = _errs411 === errors;
valid105 = _valid29;
if(valid105){
var props28 = {};
props28.query = true;
props28.path = true;
props28.body = true;
props28.request = true;
}
}
if(!valid105){
const err335 = {instancePath,schemaPath:"#/allOf/28/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[28].if,parentSchema:schema31.allOf[28],data};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(props0 !== true && props28 !== undefined){
if(props28 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props28);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.request === undefined){
const err336 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
for(const key58 in data){
if(!((((((key58 === "$schema") || (key58 === "description")) || (key58 === "request")) || (key58 === "path")) || (key58 === "query")) || (key58 === "body"))){
const err337 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data.$schema !== undefined){
let data151 = data.$schema;
if(typeof data151 !== "string"){
const err338 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data151};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data.description !== undefined){
let data152 = data.description;
if(typeof data152 !== "string"){
const err339 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.description.type,parentSchema:schema31.properties.description,data:data152};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data.request !== undefined){
let data153 = data.request;
if(!(((((((((((((((((((((((((((((data153 === "GET /me") || (data153 === "GET /orders")) || (data153 === "POST /orders")) || (data153 === "GET /orders/pending")) || (data153 === "GET /orders/{id}")) || (data153 === "POST /orders/{id}/cancel")) || (data153 === "GET /bundles")) || (data153 === "POST /bundles")) || (data153 === "GET /bundles/{id}")) || (data153 === "PATCH /bundles/{id}")) || (data153 === "DELETE /bundles/{id}")) || (data153 === "GET /users")) || (data153 === "POST /users")) || (data153 === "GET /users/{id}")) || (data153 === "PATCH /users/{id}")) || (data153 === "DELETE /users/{id}")) || (data153 === "GET /domains")) || (data153 === "POST /domains/availability")) || (data153 === "GET /domains/import")) || (data153 === "POST /domains/import")) || (data153 === "GET /domains/import/{id}")) || (data153 === "POST /domains/import/jobs")) || (data153 === "GET /domains/import/jobs/{id}")) || (data153 === "POST /domains/forwarding")) || (data153 === "GET /domains/forwarding/{id}")) || (data153 === "GET /swaps")) || (data153 === "POST /swaps")) || (data153 === "GET /swaps/{id}")) || (data153 === "POST /swaps/user_names"))){
const err340 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/enum",keyword:"enum",params:{allowedValues: schema31.properties.request.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.request.enum,parentSchema:schema31.properties.request,data:data153};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data.path !== undefined){
let data154 = data.path;
if(data154 && typeof data154 == "object" && !Array.isArray(data154)){
for(const key59 in data154){
let data155 = data154[key59];
if(typeof data155 !== "string"){
const err341 = {instancePath:instancePath+"/path/" + key59.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/path/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.path.additionalProperties.type,parentSchema:schema31.properties.path.additionalProperties,data:data155};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
}
else {
const err342 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.path.type,parentSchema:schema31.properties.path,data:data154};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
if(data.query !== undefined){
let data156 = data.query;
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
for(const key60 in data156){
let data157 = data156[key60];
if(((typeof data157 !== "string") && (!(typeof data157 == "number"))) && (typeof data157 !== "boolean")){
const err343 = {instancePath:instancePath+"/query/" + key60.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/query/additionalProperties/type",keyword:"type",params:{type: schema31.properties.query.additionalProperties.type},message:"must be string,number,boolean",schema:schema31.properties.query.additionalProperties.type,parentSchema:schema31.properties.query.additionalProperties,data:data157};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
}
else {
const err344 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.query.type,parentSchema:schema31.properties.query,data:data156};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
}
else {
const err345 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "update-bundle-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func5 = codePointLength;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/update-bundle-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "monthly_sending_volume")) || (key0 === "google_percent")) || (key0 === "microsoft_percent")) || (key0 === "send_on_weekends")) || (key0 === "google_inboxes_per_domain"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 2 * 1 && func5(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.name,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data0};
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
const err5 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.monthly_sending_volume.type,parentSchema:schema31.properties.monthly_sending_volume,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/monthly_sending_volume",schemaPath:"#/properties/monthly_sending_volume/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.monthly_sending_volume,data:data1};
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
if(data.google_percent !== undefined){
let data2 = data.google_percent;
if((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)){
const err7 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/type",keyword:"type",params:{type: schema31.properties.google_percent.type},message:"must be integer,null",schema:schema31.properties.google_percent.type,parentSchema:schema31.properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 > 100 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.google_percent,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/google_percent",schemaPath:"#/properties/google_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.google_percent,data:data2};
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
if(data.microsoft_percent !== undefined){
let data3 = data.microsoft_percent;
if((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)){
const err10 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/type",keyword:"type",params:{type: schema31.properties.microsoft_percent.type},message:"must be integer,null",schema:schema31.properties.microsoft_percent.type,parentSchema:schema31.properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 100 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/microsoft_percent",schemaPath:"#/properties/microsoft_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.microsoft_percent,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.send_on_weekends !== undefined){
let data4 = data.send_on_weekends;
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/send_on_weekends",schemaPath:"#/properties/send_on_weekends/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.send_on_weekends.type,parentSchema:schema31.properties.send_on_weekends,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.google_inboxes_per_domain !== undefined){
let data5 = data.google_inboxes_per_domain;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err14 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.google_inboxes_per_domain.type,parentSchema:schema31.properties.google_inboxes_per_domain,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data5 === 2) || (data5 === 3))){
const err15 = {instancePath:instancePath+"/google_inboxes_per_domain",schemaPath:"#/properties/google_inboxes_per_domain/enum",keyword:"enum",params:{allowedValues: schema31.properties.google_inboxes_per_domain.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.google_inboxes_per_domain.enum,parentSchema:schema31.properties.google_inboxes_per_domain,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.google_percent !== undefined){
if(data.microsoft_percent === undefined){
const err16 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "google_percent",
    missingProperty: "microsoft_percent",
    depsCount: 1,
    deps: "microsoft_percent"},message:"must have property microsoft_percent when property google_percent is present",schema:schema31.dependentRequired,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.microsoft_percent !== undefined){
if(data.google_percent === undefined){
const err17 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "microsoft_percent",
    missingProperty: "google_percent",
    depsCount: 1,
    deps: "google_percent"},message:"must have property google_percent when property microsoft_percent is present",schema:schema31.dependentRequired,parentSchema:schema31,data};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "update-user-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const func5 = codePointLength;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/update-user-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema31.properties.email,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length > 254 && func5(data0) > 254){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema31.properties.email,data:data0};
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
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.email.type,parentSchema:schema31.properties.email,data:data0};
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
const err5 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.first_name,data:data1};
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
const err6 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.first_name.type,parentSchema:schema31.properties.first_name,data:data1};
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
const err7 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.last_name,data:data2};
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
const err8 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.last_name.type,parentSchema:schema31.properties.last_name,data:data2};
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
const err9 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema31.properties.sequencer.required,parentSchema:schema31.properties.sequencer,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.client_id === undefined){
const err10 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/required",keyword:"required",params:{missingProperty: "client_id"},message:"must have required property '"+"client_id"+"'",schema:schema31.properties.sequencer.required,parentSchema:schema31.properties.sequencer,data:data3};
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
const err11 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.sequencer,data:data3};
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
const err12 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.sequencer.properties.provider.type,parentSchema:schema31.properties.sequencer.properties.provider,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(data4 === "smartlead")){
const err13 = {instancePath:instancePath+"/sequencer/provider",schemaPath:"#/properties/sequencer/properties/provider/enum",keyword:"enum",params:{allowedValues: schema31.properties.sequencer.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.sequencer.properties.provider.enum,parentSchema:schema31.properties.sequencer.properties.provider,data:data4};
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
const err14 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.sequencer.properties.client_id.type,parentSchema:schema31.properties.sequencer.properties.client_id,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 1 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/sequencer/client_id",schemaPath:"#/properties/sequencer/properties/client_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.sequencer.properties.client_id,data:data5};
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
}
else {
const err16 = {instancePath:instancePath+"/sequencer",schemaPath:"#/properties/sequencer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.sequencer.type,parentSchema:schema31.properties.sequencer,data:data3};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
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
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },
  "user-name-swap-request.json": (schemaRoot, { peekerRegExp, codePointLength, formats }) => {
const schema31 = schemaRoot;
const func0 = peekerRegExp;
const func6 = codePointLength;
const pattern4 = func0("^dom_[0-9A-Za-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://peeker-devkit.dev/schemas/v1/user-name-swap-request.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.personas === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "personas"},message:"must have required property '"+"personas"+"'",schema:schema31.anyOf[0].required,parentSchema:schema31.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.users === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'",schema:schema31.anyOf[1].required,parentSchema:schema31.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.anyOf,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.domain_id === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "domain_id"},message:"must have required property '"+"domain_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "domain_id") || (key0 === "personas")) || (key0 === "users"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.domain_id !== undefined){
let data0 = data.domain_id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/domain_id",schemaPath:"#/properties/domain_id/pattern",keyword:"pattern",params:{pattern: "^dom_[0-9A-Za-z]+$"},message:"must match pattern \""+"^dom_[0-9A-Za-z]+$"+"\"",schema:"^dom_[0-9A-Za-z]+$",parentSchema:schema31.properties.domain_id,data:data0};
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
const err6 = {instancePath:instancePath+"/domain_id",schemaPath:"#/properties/domain_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.domain_id.type,parentSchema:schema31.properties.domain_id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.personas !== undefined){
let data1 = data.personas;
if(Array.isArray(data1)){
if(data1.length > 10){
const err7 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema31.properties.personas,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.personas,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.first_name === undefined){
const err9 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'",schema:schema31.properties.personas.items.required,parentSchema:schema31.properties.personas.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.last_name === undefined){
const err10 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'",schema:schema31.properties.personas.items.required,parentSchema:schema31.properties.personas.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.profile_picture_url === undefined){
const err11 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/required",keyword:"required",params:{missingProperty: "profile_picture_url"},message:"must have required property '"+"profile_picture_url"+"'",schema:schema31.properties.personas.items.required,parentSchema:schema31.properties.personas.items,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "first_name") || (key1 === "last_name")) || (key1 === "profile_picture_url"))){
const err12 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.personas.items,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.first_name !== undefined){
let data3 = data2.first_name;
if(typeof data3 === "string"){
if(data3.length > 100 && func6(data3) > 100){
const err13 = {instancePath:instancePath+"/personas/" + i0+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.personas.items.properties.first_name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.length < 2 * 1 && func6(data3) < 1){
const err14 = {instancePath:instancePath+"/personas/" + i0+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.personas.items.properties.first_name,data:data3};
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
const err15 = {instancePath:instancePath+"/personas/" + i0+"/first_name",schemaPath:"#/properties/personas/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personas.items.properties.first_name.type,parentSchema:schema31.properties.personas.items.properties.first_name,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.last_name !== undefined){
let data4 = data2.last_name;
if(typeof data4 === "string"){
if(data4.length > 100 && func6(data4) > 100){
const err16 = {instancePath:instancePath+"/personas/" + i0+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.personas.items.properties.last_name,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.length < 2 * 1 && func6(data4) < 1){
const err17 = {instancePath:instancePath+"/personas/" + i0+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.personas.items.properties.last_name,data:data4};
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
const err18 = {instancePath:instancePath+"/personas/" + i0+"/last_name",schemaPath:"#/properties/personas/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.personas.items.properties.last_name.type,parentSchema:schema31.properties.personas.items.properties.last_name,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.profile_picture_url !== undefined){
let data5 = data2.profile_picture_url;
if((typeof data5 !== "string") && (data5 !== null)){
const err19 = {instancePath:instancePath+"/personas/" + i0+"/profile_picture_url",schemaPath:"#/properties/personas/items/properties/profile_picture_url/type",keyword:"type",params:{type: schema31.properties.personas.items.properties.profile_picture_url.type},message:"must be string,null",schema:schema31.properties.personas.items.properties.profile_picture_url.type,parentSchema:schema31.properties.personas.items.properties.profile_picture_url,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data5 === "string"){
if(data5.length > 2048 && func6(data5) > 2048){
const err20 = {instancePath:instancePath+"/personas/" + i0+"/profile_picture_url",schemaPath:"#/properties/personas/items/properties/profile_picture_url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema31.properties.personas.items.properties.profile_picture_url,data:data5};
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
}
else {
const err21 = {instancePath:instancePath+"/personas/" + i0,schemaPath:"#/properties/personas/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.personas.items.type,parentSchema:schema31.properties.personas.items,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/personas",schemaPath:"#/properties/personas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.personas.type,parentSchema:schema31.properties.personas,data:data1};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.users !== undefined){
let data6 = data.users;
if(Array.isArray(data6)){
if(data6.length > 10){
const err23 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema31.properties.users,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.length < 1){
const err24 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.users,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.first_name === undefined){
const err25 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "first_name"},message:"must have required property '"+"first_name"+"'",schema:schema31.properties.users.items.required,parentSchema:schema31.properties.users.items,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7.last_name === undefined){
const err26 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "last_name"},message:"must have required property '"+"last_name"+"'",schema:schema31.properties.users.items.required,parentSchema:schema31.properties.users.items,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7.profile_picture_url === undefined){
const err27 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/required",keyword:"required",params:{missingProperty: "profile_picture_url"},message:"must have required property '"+"profile_picture_url"+"'",schema:schema31.properties.users.items.required,parentSchema:schema31.properties.users.items,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data7){
if(!(((key2 === "first_name") || (key2 === "last_name")) || (key2 === "profile_picture_url"))){
const err28 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.users.items,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.first_name !== undefined){
let data8 = data7.first_name;
if(typeof data8 === "string"){
if(data8.length > 100 && func6(data8) > 100){
const err29 = {instancePath:instancePath+"/users/" + i1+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.users.items.properties.first_name,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8.length < 2 * 1 && func6(data8) < 1){
const err30 = {instancePath:instancePath+"/users/" + i1+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.users.items.properties.first_name,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/users/" + i1+"/first_name",schemaPath:"#/properties/users/items/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.users.items.properties.first_name.type,parentSchema:schema31.properties.users.items.properties.first_name,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.last_name !== undefined){
let data9 = data7.last_name;
if(typeof data9 === "string"){
if(data9.length > 100 && func6(data9) > 100){
const err32 = {instancePath:instancePath+"/users/" + i1+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.users.items.properties.last_name,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data9.length < 2 * 1 && func6(data9) < 1){
const err33 = {instancePath:instancePath+"/users/" + i1+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.users.items.properties.last_name,data:data9};
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
const err34 = {instancePath:instancePath+"/users/" + i1+"/last_name",schemaPath:"#/properties/users/items/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.users.items.properties.last_name.type,parentSchema:schema31.properties.users.items.properties.last_name,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data7.profile_picture_url !== undefined){
let data10 = data7.profile_picture_url;
if((typeof data10 !== "string") && (data10 !== null)){
const err35 = {instancePath:instancePath+"/users/" + i1+"/profile_picture_url",schemaPath:"#/properties/users/items/properties/profile_picture_url/type",keyword:"type",params:{type: schema31.properties.users.items.properties.profile_picture_url.type},message:"must be string,null",schema:schema31.properties.users.items.properties.profile_picture_url.type,parentSchema:schema31.properties.users.items.properties.profile_picture_url,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(typeof data10 === "string"){
if(data10.length > 2048 && func6(data10) > 2048){
const err36 = {instancePath:instancePath+"/users/" + i1+"/profile_picture_url",schemaPath:"#/properties/users/items/properties/profile_picture_url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema31.properties.users.items.properties.profile_picture_url,data:data10};
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
}
else {
const err37 = {instancePath:instancePath+"/users/" + i1,schemaPath:"#/properties/users/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.users.items.type,parentSchema:schema31.properties.users.items,data:data7};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.users.type,parentSchema:schema31.properties.users,data:data6};
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
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
return validate20;
  },

};
