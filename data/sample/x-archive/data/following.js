window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "557477633850793987",
      "userLink" : "https://twitter.com/intent/user?user_id=557477633850793987"
    }
  },
  {
    "following" : {
      "accountId" : "870580749730082820",
      "userLink" : "https://twitter.com/intent/user?user_id=870580749730082820"
    }
  },
  {
    "following" : {
      "accountId" : "1049600355335102471",
      "userLink" : "https://twitter.com/intent/user?user_id=1049600355335102471"
    }
  },
  {
    "following" : {
      "accountId" : "1232606227464015878",
      "userLink" : "https://twitter.com/intent/user?user_id=1232606227464015878"
    }
  },
  {
    "following" : {
      "accountId" : "48213975",
      "userLink" : "https://twitter.com/intent/user?user_id=48213975"
    }
  },
  {
    "following" : {
      "accountId" : "682894034336473092",
      "userLink" : "https://twitter.com/intent/user?user_id=682894034336473092"
    }
  },
  {
    "following" : {
      "accountId" : "1402233947554574338",
      "userLink" : "https://twitter.com/intent/user?user_id=1402233947554574338"
    }
  },
  {
    "following" : {
      "accountId" : "1195310476296540167",
      "userLink" : "https://twitter.com/intent/user?user_id=1195310476296540167"
    }
  },
  {
    "following" : {
      "accountId" : "1252930146925129733",
      "userLink" : "https://twitter.com/intent/user?user_id=1252930146925129733"
    }
  },
  {
    "following" : {
      "accountId" : "1036222203296567299",
      "userLink" : "https://twitter.com/intent/user?user_id=1036222203296567299"
    }
  },
  {
    "following" : {
      "accountId" : "1491381362491777025",
      "userLink" : "https://twitter.com/intent/user?user_id=1491381362491777025"
    }
  },
  {
    "following" : {
      "accountId" : "2495527356",
      "userLink" : "https://twitter.com/intent/user?user_id=2495527356"
    }
  },
  {
    "following" : {
      "accountId" : "1422793009501380610",
      "userLink" : "https://twitter.com/intent/user?user_id=1422793009501380610"
    }
  },
  {
    "following" : {
      "accountId" : "692247658884988934",
      "userLink" : "https://twitter.com/intent/user?user_id=692247658884988934"
    }
  },
  {
    "following" : {
      "accountId" : "945177381025898502",
      "userLink" : "https://twitter.com/intent/user?user_id=945177381025898502"
    }
  }
]