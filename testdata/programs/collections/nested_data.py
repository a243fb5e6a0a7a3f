data = {"users": [{"name": "a", "roles": ["x", "y"]}, {"name": "b", "roles": []}], "count": 2}
print(data["users"][0]["roles"][-1], [u["name"] for u in data["users"] if u["roles"]])
import copy
d2 = copy.deepcopy(data); d2["users"][0]["roles"].append("z")
d3 = copy.copy(data); d3["count"] = 3
print(data["users"][0]["roles"], d2["users"][0]["roles"], data["count"], d3["users"] is data["users"])
import json
print(json.dumps(data, sort_keys=True), json.loads('{"a": [1, 2.5, null, true, "s"]}'))
print(json.dumps({"k": [1, {"n": None}]}, indent=2))
