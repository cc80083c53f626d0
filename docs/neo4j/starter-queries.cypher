// who rejects foreign troops?
MATCH p = (holder:Actor)-[:REJECTS]->(:Rejection)-[:ABOUT]->(:Topic)-[:BROADER*0..]->(:Topic {id: 'foreign_troops_in_ukraine'})
OPTIONAL MATCH party = (holder)-[:SPEAKS_FOR]->(:Actor)
RETURN p, party;

// who wants foreign peacekeepers in Ukraine?
MATCH p = (holder:Actor)-[:DEMANDS|PROPOSES|SUPPORTS]->()-[:ABOUT]->(:Topic)-[:BROADER*0..]->(:Topic {id: 'foreign_troops_in_ukraine'})
OPTIONAL MATCH party = (holder)-[:SPEAKS_FOR]->(:Actor)
RETURN p, party;

// what does Russia demand?
MATCH party = (holder:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'russia'}),
      p = (holder)-[:DEMANDS]->(:Demand)-[:ABOUT]->(:Topic)
RETURN party, p;

// what has Russia conceded?
MATCH party = (holder:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'russia'}),
      p = (holder)-[:CONCEDES]->(:Concession)-[:ABOUT]->(:Topic)
RETURN party, p;

// what is the US position on NATO membership for Ukraine?
MATCH party = (holder:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'united_states'}),
      p = (holder)-[:DEMANDS|PROPOSES|SUPPORTS|REJECTS|CONCEDES]->()-[:ABOUT]->(:Topic)-[:BROADER*0..]->(:Topic {id: 'ukraine_nato_membership'})
RETURN party, p;

// where do Russia and Ukraine disagree?
MATCH russia = (russian:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'russia'}),
      ukraine = (ukrainian:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'ukraine'}),
      p = (russian)-[:DEMANDS|PROPOSES|SUPPORTS|REJECTS]->(mine)-[:ABOUT]->(:Topic)<-[:ABOUT]-(theirs)<-[:DEMANDS|PROPOSES|SUPPORTS|REJECTS]-(ukrainian)
WHERE mine.polarity <> theirs.polarity
RETURN russia, ukraine, p;

// are US officials divided on NATO membership?
MATCH first = (one:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'united_states'}),
      second = (other:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'united_states'}),
      p = (one)-[:DEMANDS|PROPOSES|SUPPORTS]->(:Demand|Proposal|Support)-[:ABOUT]->(topic:Topic)<-[:ABOUT]-(:Rejection)<-[:REJECTS]-(other)
WHERE EXISTS { (topic)-[:BROADER*0..]->(:Topic {id: 'ukraine_nato_membership'}) }
RETURN first, second, p;

// which infrastructure does Ukraine want protected?
MATCH party = (holder:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'ukraine'}),
      p = (holder)-[:DEMANDS|PROPOSES|SUPPORTS]->(position)-[:COVERS]->(category:InfrastructureCategory)
OPTIONAL MATCH topic = (position)-[:ABOUT]->(:Topic)
OPTIONAL MATCH broader = (category)-[:BROADER*]->(:InfrastructureCategory)
RETURN party, p, topic, broader;

// who accused Russia of violating the ceasefire?
MATCH accused = (target:Actor)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'russia'}),
      p = (:Actor)-[:ACCUSES]->(accusation:Accusation)-[:AGAINST]->(target)
WHERE NOT EXISTS { (accusation)-[:ABOUT]->() }
   OR EXISTS { (accusation)-[:ABOUT]->(:Topic)-[:BROADER*0..]->(:Topic {id: 'ceasefire'}) }
OPTIONAL MATCH topic = (accusation)-[:ABOUT]->(:Topic)
RETURN accused, p, topic;

// where does the graph say that Russia rejects foreign troops? (click a REJECTS arrow: its sentence, speaker and document_id are the evidence)
MATCH p = (holder:Actor)-[claim:REJECTS]->(:Rejection)-[:ABOUT]->(:Topic {id: 'foreign_troops_in_ukraine'}),
      party = (holder)-[:SPEAKS_FOR*0..1]->(:Actor {id: 'russia'}),
      source = (holder)-[:MENTIONED_IN]->(document:Document)
WHERE document.id = claim.document_id
RETURN p, party, source;
