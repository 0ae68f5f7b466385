window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "1252930146925129733",
    "userLink" : "https://twitter.com/intent/user?user_id=1252930146925129733"
  }
}, {
  "follower" : {
    "accountId" : "2495527356",
    "userLink" : "https://twitter.com/intent/user?user_id=2495527356"
  }
}, {
  "follower" : {
    "accountId" : "1232606227464015878",
    "userLink" : "https://twitter.com/intent/user?user_id=1232606227464015878"
  }
}, {
  "follower" : {
    "accountId" : "1402233947554574338",
    "userLink" : "https://twitter.com/intent/user?user_id=1402233947554574338"
  }
}, {
  "follower" : {
    "accountId" : "720501508647366659",
    "userLink" : "https://twitter.com/intent/user?user_id=720501508647366659"
  }
}, {
  "follower" : {
    "accountId" : "900689141562343425",
    "userLink" : "https://twitter.com/intent/user?user_id=900689141562343425"
  }
}, {
  "follower" : {
    "accountId" : "1239884183765499910",
    "userLink" : "https://twitter.com/intent/user?user_id=1239884183765499910"
  }
}, {
  "follower" : {
    "accountId" : "1711713184774684676",
    "userLink" : "https://twitter.com/intent/user?user_id=1711713184774684676"
  }
}, {
  "follower" : {
    "accountId" : "870580749730082820",
    "userLink" : "https://twitter.com/intent/user?user_id=870580749730082820"
  }
}, {
  "follower" : {
    "accountId" : "1478335399328518149",
    "userLink" : "https://twitter.com/intent/user?user_id=1478335399328518149"
  }
}, {
  "follower" : {
    "accountId" : "912750859681751043",
    "userLink" : "https://twitter.com/intent/user?user_id=912750859681751043"
  }
}, {
  "follower" : {
    "accountId" : "682894034336473092",
    "userLink" : "https://twitter.com/intent/user?user_id=682894034336473092"
  }
}, {
  "follower" : {
    "accountId" : "48213975",
    "userLink" : "https://twitter.com/intent/user?user_id=48213975"
  }
}, {
  "follower" : {
    "accountId" : "1132748616109961222",
    "userLink" : "https://twitter.com/intent/user?user_id=1132748616109961222"
  }
}, {
  "follower" : {
    "accountId" : "1283573568634085377",
    "userLink" : "https://twitter.com/intent/user?user_id=1283573568634085377"
  }
}, {
  "follower" : {
    "accountId" : "1036222203296567299",
    "userLink" : "https://twitter.com/intent/user?user_id=1036222203296567299"
  }
}, {
  "follower" : {
    "accountId" : "1601108965162409991",
    "userLink" : "https://twitter.com/intent/user?user_id=1601108965162409991"
  }
}, {
  "follower" : {
    "accountId" : "729654901445939202",
    "userLink" : "https://twitter.com/intent/user?user_id=729654901445939202"
  }
}, {
  "follower" : {
    "accountId" : "1195310476296540167",
    "userLink" : "https://twitter.com/intent/user?user_id=1195310476296540167"
  }
}, {
  "follower" : {
    "accountId" : "1725846311532179458",
    "userLink" : "https://twitter.com/intent/user?user_id=1725846311532179458"
  }
}, {
  "follower" : {
    "accountId" : "1491381362491777025",
    "userLink" : "https://twitter.com/intent/user?user_id=1491381362491777025"
  }
}, {
  "follower" : {
    "accountId" : "557477633850793987",
    "userLink" : "https://twitter.com/intent/user?user_id=557477633850793987"
  }
}, {
  "follower" : {
    "accountId" : "1821735679",
    "userLink" : "https://twitter.com/intent/user?user_id=1821735679"
  }
}, {
  "follower" : {
    "accountId" : "920468727022981123",
    "userLink" : "https://twitter.com/intent/user?user_id=920468727022981123"
  }
}, {
  "follower" : {
    "accountId" : "1124282454636900352",
    "userLink" : "https://twitter.com/intent/user?user_id=1124282454636900352"
  }
}, {
  "follower" : {
    "accountId" : "741600868562460673",
    "userLink" : "https://twitter.com/intent/user?user_id=741600868562460673"
  }
}, {
  "follower" : {
    "accountId" : "692247658884988934",
    "userLink" : "https://twitter.com/intent/user?user_id=692247658884988934"
  }
}, {
  "follower" : {
    "accountId" : "945177381025898502",
    "userLink" : "https://twitter.com/intent/user?user_id=945177381025898502"
  }
}, {
  "follower" : {
    "accountId" : "1049600355335102471",
    "userLink" : "https://twitter.com/intent/user?user_id=1049600355335102471"
  }
}, {
  "follower" : {
    "accountId" : "1422793009501380610",
    "userLink" : "https://twitter.com/intent/user?user_id=1422793009501380610"
  }
}, {
  "follower" : {
    "accountId" : "1473986744943345666",
    "userLink" : "https://twitter.com/intent/user?user_id=1473986744943345666"
  }
}, {
  "follower" : {
    "accountId" : "934355147",
    "userLink" : "https://twitter.com/intent/user?user_id=934355147"
  }
}, {
  "follower" : {
    "accountId" : "779413413619757060",
    "userLink" : "https://twitter.com/intent/user?user_id=779413413619757060"
  }
}, {
  "follower" : {
    "accountId" : "2445623234",
    "userLink" : "https://twitter.com/intent/user?user_id=2445623234"
  }
}, {
  "follower" : {
    "accountId" : "1121383351711371266",
    "userLink" : "https://twitter.com/intent/user?user_id=1121383351711371266"
  }
}, {
  "follower" : {
    "accountId" : "489378914105946117",
    "userLink" : "https://twitter.com/intent/user?user_id=489378914105946117"
  }
}, {
  "follower" : {
    "accountId" : "1386161232175927297",
    "userLink" : "https://twitter.com/intent/user?user_id=1386161232175927297"
  }
} ]