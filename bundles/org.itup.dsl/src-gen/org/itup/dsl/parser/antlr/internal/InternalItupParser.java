package org.itup.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import org.itup.dsl.services.ItupGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalItupParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'plan'", "'period'", "'to'", "'adopted'", "'by'", "'vision'", "'mission'", "'sectors'", "','", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'import'", "'value'", "'goal'", "'statement'", "'description'", "'target'", "'population'", "'baseline'", "'measured'", "'('", "')'", "'bureau'", "'objective'", "'primary'", "'goals'", "'secondary'", "'outcome'", "'output'", "'indicator'", "'unit'", "'direction'", "'enabler'", "'supports'", "'all'", "'activity'", "'contribution'", "'result'", "'risk'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'unavailable'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'qualitative'", "'sector'", "'inter-sectoral'", "'secretariat'", "'maintain'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'"
    };
    public static final int T__50=50;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__59=59;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__55=55;
    public static final int T__12=12;
    public static final int T__56=56;
    public static final int T__13=13;
    public static final int T__57=57;
    public static final int T__14=14;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=6;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__23=23;
    public static final int T__67=67;
    public static final int T__24=24;
    public static final int T__68=68;
    public static final int T__25=25;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__20=20;
    public static final int T__64=64;
    public static final int T__21=21;
    public static final int T__65=65;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=4;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__77=77;
    public static final int T__34=34;
    public static final int T__78=78;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__74=74;
    public static final int T__31=31;
    public static final int T__75=75;
    public static final int T__32=32;
    public static final int T__76=76;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;

    // delegates
    // delegators


        public InternalItupParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalItupParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalItupParser.tokenNames; }
    public String getGrammarFileName() { return "InternalItup.g"; }



     	private ItupGrammarAccess grammarAccess;

        public InternalItupParser(TokenStream input, ItupGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "Plan";
       	}

       	@Override
       	protected ItupGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRulePlan"
    // InternalItup.g:65:1: entryRulePlan returns [EObject current=null] : iv_rulePlan= rulePlan EOF ;
    public final EObject entryRulePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlan = null;


        try {
            // InternalItup.g:65:45: (iv_rulePlan= rulePlan EOF )
            // InternalItup.g:66:2: iv_rulePlan= rulePlan EOF
            {
             newCompositeNode(grammarAccess.getPlanRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlan=rulePlan();

            state._fsp--;

             current =iv_rulePlan; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePlan"


    // $ANTLR start "rulePlan"
    // InternalItup.g:72:1: rulePlan returns [EObject current=null] : (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* ) ;
    public final EObject rulePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token lv_adoptedBy_9_0=null;
        Token otherlv_11=null;
        Token lv_vision_12_0=null;
        Token otherlv_13=null;
        Token lv_mission_14_0=null;
        Token otherlv_15=null;
        Token otherlv_17=null;
        Token otherlv_23=null;
        Token otherlv_24=null;
        Token otherlv_26=null;
        Token otherlv_27=null;
        Token otherlv_28=null;
        Token otherlv_30=null;
        Token otherlv_32=null;
        Token otherlv_33=null;
        Token otherlv_35=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_startYear_4_0 = null;

        AntlrDatatypeRuleToken lv_endYear_6_0 = null;

        EObject lv_imports_10_0 = null;

        EObject lv_values_19_0 = null;

        EObject lv_goals_20_0 = null;

        EObject lv_sectors_21_0 = null;

        EObject lv_risks_22_0 = null;

        EObject lv_swot_25_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_29_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_31_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_34_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_36_0 = null;

        EObject lv_criteria_37_0 = null;

        EObject lv_glossary_38_0 = null;



        	enterRule();

        try {
            // InternalItup.g:78:2: ( (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* ) )
            // InternalItup.g:79:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* )
            {
            // InternalItup.g:79:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* )
            // InternalItup.g:80:3: otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )*
            {
            otherlv_0=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getPlanAccess().getPlanKeyword_0());
            		
            // InternalItup.g:84:3: ( (lv_name_1_0= rulePlanName ) )
            // InternalItup.g:85:4: (lv_name_1_0= rulePlanName )
            {
            // InternalItup.g:85:4: (lv_name_1_0= rulePlanName )
            // InternalItup.g:86:5: lv_name_1_0= rulePlanName
            {

            					newCompositeNode(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_4);
            lv_name_1_0=rulePlanName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPlanRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.PlanName");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:103:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==RULE_STRING) ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    // InternalItup.g:104:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:104:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:105:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getPlanRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:121:3: (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )?
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==12) ) {
                alt2=1;
            }
            switch (alt2) {
                case 1 :
                    // InternalItup.g:122:4: otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) )
                    {
                    otherlv_3=(Token)match(input,12,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getPlanAccess().getPeriodKeyword_3_0());
                    			
                    // InternalItup.g:126:4: ( (lv_startYear_4_0= ruleYear ) )
                    // InternalItup.g:127:5: (lv_startYear_4_0= ruleYear )
                    {
                    // InternalItup.g:127:5: (lv_startYear_4_0= ruleYear )
                    // InternalItup.g:128:6: lv_startYear_4_0= ruleYear
                    {

                    						newCompositeNode(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_7);
                    lv_startYear_4_0=ruleYear();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPlanRule());
                    						}
                    						set(
                    							current,
                    							"startYear",
                    							lv_startYear_4_0,
                    							"org.itup.dsl.Itup.Year");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_5=(Token)match(input,13,FOLLOW_6); 

                    				newLeafNode(otherlv_5, grammarAccess.getPlanAccess().getToKeyword_3_2());
                    			
                    // InternalItup.g:149:4: ( (lv_endYear_6_0= ruleYear ) )
                    // InternalItup.g:150:5: (lv_endYear_6_0= ruleYear )
                    {
                    // InternalItup.g:150:5: (lv_endYear_6_0= ruleYear )
                    // InternalItup.g:151:6: lv_endYear_6_0= ruleYear
                    {

                    						newCompositeNode(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0());
                    					
                    pushFollow(FOLLOW_8);
                    lv_endYear_6_0=ruleYear();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPlanRule());
                    						}
                    						set(
                    							current,
                    							"endYear",
                    							lv_endYear_6_0,
                    							"org.itup.dsl.Itup.Year");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:169:3: (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )?
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0==14) ) {
                alt3=1;
            }
            switch (alt3) {
                case 1 :
                    // InternalItup.g:170:4: otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) )
                    {
                    otherlv_7=(Token)match(input,14,FOLLOW_9); 

                    				newLeafNode(otherlv_7, grammarAccess.getPlanAccess().getAdoptedKeyword_4_0());
                    			
                    otherlv_8=(Token)match(input,15,FOLLOW_10); 

                    				newLeafNode(otherlv_8, grammarAccess.getPlanAccess().getByKeyword_4_1());
                    			
                    // InternalItup.g:178:4: ( (lv_adoptedBy_9_0= RULE_STRING ) )
                    // InternalItup.g:179:5: (lv_adoptedBy_9_0= RULE_STRING )
                    {
                    // InternalItup.g:179:5: (lv_adoptedBy_9_0= RULE_STRING )
                    // InternalItup.g:180:6: lv_adoptedBy_9_0= RULE_STRING
                    {
                    lv_adoptedBy_9_0=(Token)match(input,RULE_STRING,FOLLOW_11); 

                    						newLeafNode(lv_adoptedBy_9_0, grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"adoptedBy",
                    							lv_adoptedBy_9_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:197:3: ( (lv_imports_10_0= ruleImport ) )*
            loop4:
            do {
                int alt4=2;
                int LA4_0 = input.LA(1);

                if ( (LA4_0==27) ) {
                    alt4=1;
                }


                switch (alt4) {
            	case 1 :
            	    // InternalItup.g:198:4: (lv_imports_10_0= ruleImport )
            	    {
            	    // InternalItup.g:198:4: (lv_imports_10_0= ruleImport )
            	    // InternalItup.g:199:5: lv_imports_10_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0());
            	    				
            	    pushFollow(FOLLOW_11);
            	    lv_imports_10_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_10_0,
            	    						"org.itup.dsl.Itup.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop4;
                }
            } while (true);

            // InternalItup.g:216:3: (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==16) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalItup.g:217:4: otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) )
                    {
                    otherlv_11=(Token)match(input,16,FOLLOW_10); 

                    				newLeafNode(otherlv_11, grammarAccess.getPlanAccess().getVisionKeyword_6_0());
                    			
                    // InternalItup.g:221:4: ( (lv_vision_12_0= RULE_STRING ) )
                    // InternalItup.g:222:5: (lv_vision_12_0= RULE_STRING )
                    {
                    // InternalItup.g:222:5: (lv_vision_12_0= RULE_STRING )
                    // InternalItup.g:223:6: lv_vision_12_0= RULE_STRING
                    {
                    lv_vision_12_0=(Token)match(input,RULE_STRING,FOLLOW_12); 

                    						newLeafNode(lv_vision_12_0, grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"vision",
                    							lv_vision_12_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:240:3: (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )?
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==17) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    // InternalItup.g:241:4: otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) )
                    {
                    otherlv_13=(Token)match(input,17,FOLLOW_10); 

                    				newLeafNode(otherlv_13, grammarAccess.getPlanAccess().getMissionKeyword_7_0());
                    			
                    // InternalItup.g:245:4: ( (lv_mission_14_0= RULE_STRING ) )
                    // InternalItup.g:246:5: (lv_mission_14_0= RULE_STRING )
                    {
                    // InternalItup.g:246:5: (lv_mission_14_0= RULE_STRING )
                    // InternalItup.g:247:6: lv_mission_14_0= RULE_STRING
                    {
                    lv_mission_14_0=(Token)match(input,RULE_STRING,FOLLOW_13); 

                    						newLeafNode(lv_mission_14_0, grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"mission",
                    							lv_mission_14_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:264:3: (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==18) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalItup.g:265:4: otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )*
                    {
                    otherlv_15=(Token)match(input,18,FOLLOW_14); 

                    				newLeafNode(otherlv_15, grammarAccess.getPlanAccess().getSectorsKeyword_8_0());
                    			
                    // InternalItup.g:269:4: ( ( ruleCode ) )
                    // InternalItup.g:270:5: ( ruleCode )
                    {
                    // InternalItup.g:270:5: ( ruleCode )
                    // InternalItup.g:271:6: ruleCode
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0());
                    					
                    pushFollow(FOLLOW_15);
                    ruleCode();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:285:4: (otherlv_17= ',' ( ( ruleCode ) ) )*
                    loop7:
                    do {
                        int alt7=2;
                        int LA7_0 = input.LA(1);

                        if ( (LA7_0==19) ) {
                            alt7=1;
                        }


                        switch (alt7) {
                    	case 1 :
                    	    // InternalItup.g:286:5: otherlv_17= ',' ( ( ruleCode ) )
                    	    {
                    	    otherlv_17=(Token)match(input,19,FOLLOW_14); 

                    	    					newLeafNode(otherlv_17, grammarAccess.getPlanAccess().getCommaKeyword_8_2_0());
                    	    				
                    	    // InternalItup.g:290:5: ( ( ruleCode ) )
                    	    // InternalItup.g:291:6: ( ruleCode )
                    	    {
                    	    // InternalItup.g:291:6: ( ruleCode )
                    	    // InternalItup.g:292:7: ruleCode
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPlanRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_15);
                    	    ruleCode();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop7;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:308:3: ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )*
            loop12:
            do {
                int alt12=10;
                switch ( input.LA(1) ) {
                case 28:
                    {
                    alt12=1;
                    }
                    break;
                case 29:
                    {
                    alt12=2;
                    }
                    break;
                case 67:
                case 68:
                case 69:
                    {
                    alt12=3;
                    }
                    break;
                case 54:
                    {
                    alt12=4;
                    }
                    break;
                case 20:
                    {
                    alt12=5;
                    }
                    break;
                case 23:
                    {
                    alt12=6;
                    }
                    break;
                case 25:
                    {
                    alt12=7;
                    }
                    break;
                case 57:
                    {
                    alt12=8;
                    }
                    break;
                case 58:
                    {
                    alt12=9;
                    }
                    break;

                }

                switch (alt12) {
            	case 1 :
            	    // InternalItup.g:309:4: ( (lv_values_19_0= ruleCoreValue ) )
            	    {
            	    // InternalItup.g:309:4: ( (lv_values_19_0= ruleCoreValue ) )
            	    // InternalItup.g:310:5: (lv_values_19_0= ruleCoreValue )
            	    {
            	    // InternalItup.g:310:5: (lv_values_19_0= ruleCoreValue )
            	    // InternalItup.g:311:6: lv_values_19_0= ruleCoreValue
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_values_19_0=ruleCoreValue();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"values",
            	    							lv_values_19_0,
            	    							"org.itup.dsl.Itup.CoreValue");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:329:4: ( (lv_goals_20_0= ruleGoal ) )
            	    {
            	    // InternalItup.g:329:4: ( (lv_goals_20_0= ruleGoal ) )
            	    // InternalItup.g:330:5: (lv_goals_20_0= ruleGoal )
            	    {
            	    // InternalItup.g:330:5: (lv_goals_20_0= ruleGoal )
            	    // InternalItup.g:331:6: lv_goals_20_0= ruleGoal
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_goals_20_0=ruleGoal();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"goals",
            	    							lv_goals_20_0,
            	    							"org.itup.dsl.Itup.Goal");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:349:4: ( (lv_sectors_21_0= ruleSector ) )
            	    {
            	    // InternalItup.g:349:4: ( (lv_sectors_21_0= ruleSector ) )
            	    // InternalItup.g:350:5: (lv_sectors_21_0= ruleSector )
            	    {
            	    // InternalItup.g:350:5: (lv_sectors_21_0= ruleSector )
            	    // InternalItup.g:351:6: lv_sectors_21_0= ruleSector
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_sectors_21_0=ruleSector();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"sectors",
            	    							lv_sectors_21_0,
            	    							"org.itup.dsl.Itup.Sector");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:369:4: ( (lv_risks_22_0= ruleStrategicRisk ) )
            	    {
            	    // InternalItup.g:369:4: ( (lv_risks_22_0= ruleStrategicRisk ) )
            	    // InternalItup.g:370:5: (lv_risks_22_0= ruleStrategicRisk )
            	    {
            	    // InternalItup.g:370:5: (lv_risks_22_0= ruleStrategicRisk )
            	    // InternalItup.g:371:6: lv_risks_22_0= ruleStrategicRisk
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_risks_22_0=ruleStrategicRisk();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"risks",
            	    							lv_risks_22_0,
            	    							"org.itup.dsl.Itup.StrategicRisk");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:389:4: (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' )
            	    {
            	    // InternalItup.g:389:4: (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' )
            	    // InternalItup.g:390:5: otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}'
            	    {
            	    otherlv_23=(Token)match(input,20,FOLLOW_17); 

            	    					newLeafNode(otherlv_23, grammarAccess.getPlanAccess().getSwotKeyword_9_4_0());
            	    				
            	    otherlv_24=(Token)match(input,21,FOLLOW_18); 

            	    					newLeafNode(otherlv_24, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1());
            	    				
            	    // InternalItup.g:398:5: ( (lv_swot_25_0= ruleSwotItem ) )*
            	    loop9:
            	    do {
            	        int alt9=2;
            	        int LA9_0 = input.LA(1);

            	        if ( ((LA9_0>=75 && LA9_0<=78)) ) {
            	            alt9=1;
            	        }


            	        switch (alt9) {
            	    	case 1 :
            	    	    // InternalItup.g:399:6: (lv_swot_25_0= ruleSwotItem )
            	    	    {
            	    	    // InternalItup.g:399:6: (lv_swot_25_0= ruleSwotItem )
            	    	    // InternalItup.g:400:7: lv_swot_25_0= ruleSwotItem
            	    	    {

            	    	    							newCompositeNode(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0());
            	    	    						
            	    	    pushFollow(FOLLOW_18);
            	    	    lv_swot_25_0=ruleSwotItem();

            	    	    state._fsp--;


            	    	    							if (current==null) {
            	    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    							}
            	    	    							add(
            	    	    								current,
            	    	    								"swot",
            	    	    								lv_swot_25_0,
            	    	    								"org.itup.dsl.Itup.SwotItem");
            	    	    							afterParserOrEnumRuleCall();
            	    	    						

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop9;
            	        }
            	    } while (true);

            	    otherlv_26=(Token)match(input,22,FOLLOW_16); 

            	    					newLeafNode(otherlv_26, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3());
            	    				

            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:423:4: (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:423:4: (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* )
            	    // InternalItup.g:424:5: otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )*
            	    {
            	    otherlv_27=(Token)match(input,23,FOLLOW_19); 

            	    					newLeafNode(otherlv_27, grammarAccess.getPlanAccess().getWsisKeyword_9_5_0());
            	    				
            	    otherlv_28=(Token)match(input,24,FOLLOW_14); 

            	    					newLeafNode(otherlv_28, grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1());
            	    				
            	    // InternalItup.g:432:5: ( (lv_wsisActionLines_29_0= ruleCode ) )
            	    // InternalItup.g:433:6: (lv_wsisActionLines_29_0= ruleCode )
            	    {
            	    // InternalItup.g:433:6: (lv_wsisActionLines_29_0= ruleCode )
            	    // InternalItup.g:434:7: lv_wsisActionLines_29_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0());
            	    						
            	    pushFollow(FOLLOW_15);
            	    lv_wsisActionLines_29_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_29_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:451:5: (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )*
            	    loop10:
            	    do {
            	        int alt10=2;
            	        int LA10_0 = input.LA(1);

            	        if ( (LA10_0==19) ) {
            	            alt10=1;
            	        }


            	        switch (alt10) {
            	    	case 1 :
            	    	    // InternalItup.g:452:6: otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) )
            	    	    {
            	    	    otherlv_30=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_30, grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0());
            	    	    					
            	    	    // InternalItup.g:456:6: ( (lv_wsisActionLines_31_0= ruleCode ) )
            	    	    // InternalItup.g:457:7: (lv_wsisActionLines_31_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:457:7: (lv_wsisActionLines_31_0= ruleCode )
            	    	    // InternalItup.g:458:8: lv_wsisActionLines_31_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_15);
            	    	    lv_wsisActionLines_31_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_31_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop10;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:478:4: (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:478:4: (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* )
            	    // InternalItup.g:479:5: otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )*
            	    {
            	    otherlv_32=(Token)match(input,25,FOLLOW_20); 

            	    					newLeafNode(otherlv_32, grammarAccess.getPlanAccess().getSdgKeyword_9_6_0());
            	    				
            	    otherlv_33=(Token)match(input,26,FOLLOW_14); 

            	    					newLeafNode(otherlv_33, grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1());
            	    				
            	    // InternalItup.g:487:5: ( (lv_sdgCustodianIndicators_34_0= ruleCode ) )
            	    // InternalItup.g:488:6: (lv_sdgCustodianIndicators_34_0= ruleCode )
            	    {
            	    // InternalItup.g:488:6: (lv_sdgCustodianIndicators_34_0= ruleCode )
            	    // InternalItup.g:489:7: lv_sdgCustodianIndicators_34_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0());
            	    						
            	    pushFollow(FOLLOW_15);
            	    lv_sdgCustodianIndicators_34_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgCustodianIndicators",
            	    								lv_sdgCustodianIndicators_34_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:506:5: (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )*
            	    loop11:
            	    do {
            	        int alt11=2;
            	        int LA11_0 = input.LA(1);

            	        if ( (LA11_0==19) ) {
            	            alt11=1;
            	        }


            	        switch (alt11) {
            	    	case 1 :
            	    	    // InternalItup.g:507:6: otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) )
            	    	    {
            	    	    otherlv_35=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_35, grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0());
            	    	    					
            	    	    // InternalItup.g:511:6: ( (lv_sdgCustodianIndicators_36_0= ruleCode ) )
            	    	    // InternalItup.g:512:7: (lv_sdgCustodianIndicators_36_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:512:7: (lv_sdgCustodianIndicators_36_0= ruleCode )
            	    	    // InternalItup.g:513:8: lv_sdgCustodianIndicators_36_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_15);
            	    	    lv_sdgCustodianIndicators_36_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"sdgCustodianIndicators",
            	    	    									lv_sdgCustodianIndicators_36_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop11;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:533:4: ( (lv_criteria_37_0= ruleImplementationCriterion ) )
            	    {
            	    // InternalItup.g:533:4: ( (lv_criteria_37_0= ruleImplementationCriterion ) )
            	    // InternalItup.g:534:5: (lv_criteria_37_0= ruleImplementationCriterion )
            	    {
            	    // InternalItup.g:534:5: (lv_criteria_37_0= ruleImplementationCriterion )
            	    // InternalItup.g:535:6: lv_criteria_37_0= ruleImplementationCriterion
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_criteria_37_0=ruleImplementationCriterion();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"criteria",
            	    							lv_criteria_37_0,
            	    							"org.itup.dsl.Itup.ImplementationCriterion");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalItup.g:553:4: ( (lv_glossary_38_0= ruleGlossaryTerm ) )
            	    {
            	    // InternalItup.g:553:4: ( (lv_glossary_38_0= ruleGlossaryTerm ) )
            	    // InternalItup.g:554:5: (lv_glossary_38_0= ruleGlossaryTerm )
            	    {
            	    // InternalItup.g:554:5: (lv_glossary_38_0= ruleGlossaryTerm )
            	    // InternalItup.g:555:6: lv_glossary_38_0= ruleGlossaryTerm
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_glossary_38_0=ruleGlossaryTerm();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"glossary",
            	    							lv_glossary_38_0,
            	    							"org.itup.dsl.Itup.GlossaryTerm");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop12;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlan"


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:577:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalItup.g:577:47: (iv_ruleImport= ruleImport EOF )
            // InternalItup.g:578:2: iv_ruleImport= ruleImport EOF
            {
             newCompositeNode(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImport=ruleImport();

            state._fsp--;

             current =iv_ruleImport; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalItup.g:584:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( ( rulePlanName ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;


        	enterRule();

        try {
            // InternalItup.g:590:2: ( (otherlv_0= 'import' ( ( rulePlanName ) ) ) )
            // InternalItup.g:591:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            {
            // InternalItup.g:591:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            // InternalItup.g:592:3: otherlv_0= 'import' ( ( rulePlanName ) )
            {
            otherlv_0=(Token)match(input,27,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalItup.g:596:3: ( ( rulePlanName ) )
            // InternalItup.g:597:4: ( rulePlanName )
            {
            // InternalItup.g:597:4: ( rulePlanName )
            // InternalItup.g:598:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImportRule());
            					}
            				

            					newCompositeNode(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0());
            				
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleCoreValue"
    // InternalItup.g:616:1: entryRuleCoreValue returns [EObject current=null] : iv_ruleCoreValue= ruleCoreValue EOF ;
    public final EObject entryRuleCoreValue() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCoreValue = null;


        try {
            // InternalItup.g:616:50: (iv_ruleCoreValue= ruleCoreValue EOF )
            // InternalItup.g:617:2: iv_ruleCoreValue= ruleCoreValue EOF
            {
             newCompositeNode(grammarAccess.getCoreValueRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCoreValue=ruleCoreValue();

            state._fsp--;

             current =iv_ruleCoreValue; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleCoreValue"


    // $ANTLR start "ruleCoreValue"
    // InternalItup.g:623:1: ruleCoreValue returns [EObject current=null] : (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleCoreValue() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:629:2: ( (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:630:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:630:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            // InternalItup.g:631:3: otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,28,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getCoreValueAccess().getValueKeyword_0());
            		
            // InternalItup.g:635:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:636:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:636:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:637:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_10);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getCoreValueRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:654:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:655:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:655:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:656:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_21); 

            					newLeafNode(lv_title_2_0, grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getCoreValueRule());
            					}
            					setWithLastConsumed(
            						current,
            						"title",
            						lv_title_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:672:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_STRING) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalItup.g:673:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:673:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:674:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_statement_3_0, grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getCoreValueRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCoreValue"


    // $ANTLR start "entryRuleGoal"
    // InternalItup.g:694:1: entryRuleGoal returns [EObject current=null] : iv_ruleGoal= ruleGoal EOF ;
    public final EObject entryRuleGoal() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGoal = null;


        try {
            // InternalItup.g:694:45: (iv_ruleGoal= ruleGoal EOF )
            // InternalItup.g:695:2: iv_ruleGoal= ruleGoal EOF
            {
             newCompositeNode(grammarAccess.getGoalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleGoal=ruleGoal();

            state._fsp--;

             current =iv_ruleGoal; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleGoal"


    // $ANTLR start "ruleGoal"
    // InternalItup.g:701:1: ruleGoal returns [EObject current=null] : (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' ) ;
    public final EObject ruleGoal() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_statement_5_0=null;
        Token otherlv_6=null;
        Token lv_description_7_0=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token otherlv_13=null;
        Token otherlv_15=null;
        Token otherlv_17=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_targets_8_0 = null;

        EObject lv_sdgLinks_10_0 = null;

        EObject lv_sdgLinks_12_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_14_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_16_0 = null;



        	enterRule();

        try {
            // InternalItup.g:707:2: ( (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' ) )
            // InternalItup.g:708:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' )
            {
            // InternalItup.g:708:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' )
            // InternalItup.g:709:3: otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}'
            {
            otherlv_0=(Token)match(input,29,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getGoalAccess().getGoalKeyword_0());
            		
            // InternalItup.g:713:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:714:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:714:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:715:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getGoalRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:732:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_STRING) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalItup.g:733:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:733:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:734:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getGoalRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,21,FOLLOW_23); 

            			newLeafNode(otherlv_3, grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:754:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==30) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalItup.g:755:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,30,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getGoalAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:759:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:760:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:760:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:761:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

                    						newLeafNode(lv_statement_5_0, grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getGoalRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"statement",
                    							lv_statement_5_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:778:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==31) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalItup.g:779:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,31,FOLLOW_10); 

                    				newLeafNode(otherlv_6, grammarAccess.getGoalAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalItup.g:783:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalItup.g:784:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalItup.g:784:5: (lv_description_7_0= RULE_STRING )
                    // InternalItup.g:785:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

                    						newLeafNode(lv_description_7_0, grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getGoalRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_7_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:802:3: ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )*
            loop19:
            do {
                int alt19=4;
                switch ( input.LA(1) ) {
                case 32:
                    {
                    alt19=1;
                    }
                    break;
                case 25:
                    {
                    alt19=2;
                    }
                    break;
                case 23:
                    {
                    alt19=3;
                    }
                    break;

                }

                switch (alt19) {
            	case 1 :
            	    // InternalItup.g:803:4: ( (lv_targets_8_0= ruleTarget ) )
            	    {
            	    // InternalItup.g:803:4: ( (lv_targets_8_0= ruleTarget ) )
            	    // InternalItup.g:804:5: (lv_targets_8_0= ruleTarget )
            	    {
            	    // InternalItup.g:804:5: (lv_targets_8_0= ruleTarget )
            	    // InternalItup.g:805:6: lv_targets_8_0= ruleTarget
            	    {

            	    						newCompositeNode(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0());
            	    					
            	    pushFollow(FOLLOW_25);
            	    lv_targets_8_0=ruleTarget();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getGoalRule());
            	    						}
            	    						add(
            	    							current,
            	    							"targets",
            	    							lv_targets_8_0,
            	    							"org.itup.dsl.Itup.Target");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:823:4: (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* )
            	    {
            	    // InternalItup.g:823:4: (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* )
            	    // InternalItup.g:824:5: otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )*
            	    {
            	    otherlv_9=(Token)match(input,25,FOLLOW_14); 

            	    					newLeafNode(otherlv_9, grammarAccess.getGoalAccess().getSdgKeyword_6_1_0());
            	    				
            	    // InternalItup.g:828:5: ( (lv_sdgLinks_10_0= ruleSdgLink ) )
            	    // InternalItup.g:829:6: (lv_sdgLinks_10_0= ruleSdgLink )
            	    {
            	    // InternalItup.g:829:6: (lv_sdgLinks_10_0= ruleSdgLink )
            	    // InternalItup.g:830:7: lv_sdgLinks_10_0= ruleSdgLink
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0());
            	    						
            	    pushFollow(FOLLOW_26);
            	    lv_sdgLinks_10_0=ruleSdgLink();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getGoalRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgLinks",
            	    								lv_sdgLinks_10_0,
            	    								"org.itup.dsl.Itup.SdgLink");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:847:5: (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )*
            	    loop17:
            	    do {
            	        int alt17=2;
            	        int LA17_0 = input.LA(1);

            	        if ( (LA17_0==19) ) {
            	            alt17=1;
            	        }


            	        switch (alt17) {
            	    	case 1 :
            	    	    // InternalItup.g:848:6: otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) )
            	    	    {
            	    	    otherlv_11=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_11, grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0());
            	    	    					
            	    	    // InternalItup.g:852:6: ( (lv_sdgLinks_12_0= ruleSdgLink ) )
            	    	    // InternalItup.g:853:7: (lv_sdgLinks_12_0= ruleSdgLink )
            	    	    {
            	    	    // InternalItup.g:853:7: (lv_sdgLinks_12_0= ruleSdgLink )
            	    	    // InternalItup.g:854:8: lv_sdgLinks_12_0= ruleSdgLink
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_26);
            	    	    lv_sdgLinks_12_0=ruleSdgLink();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getGoalRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"sdgLinks",
            	    	    									lv_sdgLinks_12_0,
            	    	    									"org.itup.dsl.Itup.SdgLink");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop17;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:874:4: (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:874:4: (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* )
            	    // InternalItup.g:875:5: otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )*
            	    {
            	    otherlv_13=(Token)match(input,23,FOLLOW_14); 

            	    					newLeafNode(otherlv_13, grammarAccess.getGoalAccess().getWsisKeyword_6_2_0());
            	    				
            	    // InternalItup.g:879:5: ( (lv_wsisActionLines_14_0= ruleCode ) )
            	    // InternalItup.g:880:6: (lv_wsisActionLines_14_0= ruleCode )
            	    {
            	    // InternalItup.g:880:6: (lv_wsisActionLines_14_0= ruleCode )
            	    // InternalItup.g:881:7: lv_wsisActionLines_14_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0());
            	    						
            	    pushFollow(FOLLOW_26);
            	    lv_wsisActionLines_14_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getGoalRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_14_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:898:5: (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )*
            	    loop18:
            	    do {
            	        int alt18=2;
            	        int LA18_0 = input.LA(1);

            	        if ( (LA18_0==19) ) {
            	            alt18=1;
            	        }


            	        switch (alt18) {
            	    	case 1 :
            	    	    // InternalItup.g:899:6: otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) )
            	    	    {
            	    	    otherlv_15=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_15, grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0());
            	    	    					
            	    	    // InternalItup.g:903:6: ( (lv_wsisActionLines_16_0= ruleCode ) )
            	    	    // InternalItup.g:904:7: (lv_wsisActionLines_16_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:904:7: (lv_wsisActionLines_16_0= ruleCode )
            	    	    // InternalItup.g:905:8: lv_wsisActionLines_16_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_26);
            	    	    lv_wsisActionLines_16_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getGoalRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_16_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop18;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;

            	default :
            	    break loop19;
                }
            } while (true);

            otherlv_17=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_17, grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleGoal"


    // $ANTLR start "entryRuleTarget"
    // InternalItup.g:933:1: entryRuleTarget returns [EObject current=null] : iv_ruleTarget= ruleTarget EOF ;
    public final EObject entryRuleTarget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTarget = null;


        try {
            // InternalItup.g:933:47: (iv_ruleTarget= ruleTarget EOF )
            // InternalItup.g:934:2: iv_ruleTarget= ruleTarget EOF
            {
             newCompositeNode(grammarAccess.getTargetRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTarget=ruleTarget();

            state._fsp--;

             current =iv_ruleTarget; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTarget"


    // $ANTLR start "ruleTarget"
    // InternalItup.g:940:1: ruleTarget returns [EObject current=null] : (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? ) ;
    public final EObject ruleTarget() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token lv_unit_9_0=null;
        Token otherlv_12=null;
        Token lv_population_13_0=null;
        Token otherlv_15=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_deadline_6_0 = null;

        Enumerator lv_kind_7_0 = null;

        AntlrDatatypeRuleToken lv_value_8_0 = null;

        Enumerator lv_kind_10_0 = null;

        EObject lv_baseline_11_0 = null;

        EObject lv_indicators_14_0 = null;



        	enterRule();

        try {
            // InternalItup.g:946:2: ( (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? ) )
            // InternalItup.g:947:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? )
            {
            // InternalItup.g:947:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? )
            // InternalItup.g:948:3: otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )?
            {
            otherlv_0=(Token)match(input,32,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getTargetAccess().getTargetKeyword_0());
            		
            // InternalItup.g:952:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:953:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:953:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:954:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_27);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTargetRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:971:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==RULE_STRING) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalItup.g:972:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:972:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:973:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

                    					newLeafNode(lv_statement_2_0, grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getTargetRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:989:3: (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==21) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalItup.g:990:4: otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_29); 

                    				newLeafNode(otherlv_3, grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:994:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:995:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:995:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalItup.g:996:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    					
                    // InternalItup.g:999:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalItup.g:1000:7: ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:1000:7: ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )*
                    loop23:
                    do {
                        int alt23=5;
                        int LA23_0 = input.LA(1);

                        if ( LA23_0 == 15 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                            alt23=1;
                        }
                        else if ( LA23_0 >= 63 && LA23_0 <= 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                            alt23=2;
                        }
                        else if ( LA23_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                            alt23=3;
                        }
                        else if ( LA23_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                            alt23=4;
                        }


                        switch (alt23) {
                    	case 1 :
                    	    // InternalItup.g:1001:5: ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1001:5: ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:1002:6: {...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0)");
                    	    }
                    	    // InternalItup.g:1002:106: ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:1003:7: ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0);
                    	    						
                    	    // InternalItup.g:1006:10: ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) )
                    	    // InternalItup.g:1006:11: {...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1006:20: (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) )
                    	    // InternalItup.g:1006:21: otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) )
                    	    {
                    	    otherlv_5=(Token)match(input,15,FOLLOW_6); 

                    	    										newLeafNode(otherlv_5, grammarAccess.getTargetAccess().getByKeyword_3_1_0_0());
                    	    									
                    	    // InternalItup.g:1010:10: ( (lv_deadline_6_0= ruleYear ) )
                    	    // InternalItup.g:1011:11: (lv_deadline_6_0= ruleYear )
                    	    {
                    	    // InternalItup.g:1011:11: (lv_deadline_6_0= ruleYear )
                    	    // InternalItup.g:1012:12: lv_deadline_6_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_29);
                    	    lv_deadline_6_0=ruleYear();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"deadline",
                    	    													lv_deadline_6_0,
                    	    													"org.itup.dsl.Itup.Year");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:1035:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1035:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    // InternalItup.g:1036:6: {...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1)");
                    	    }
                    	    // InternalItup.g:1036:106: ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    // InternalItup.g:1037:7: ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1);
                    	    						
                    	    // InternalItup.g:1040:10: ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) )
                    	    // InternalItup.g:1040:11: {...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1040:20: ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) )
                    	    int alt22=2;
                    	    int LA22_0 = input.LA(1);

                    	    if ( ((LA22_0>=63 && LA22_0<=65)) ) {
                    	        alt22=1;
                    	    }
                    	    else if ( (LA22_0==66) ) {
                    	        alt22=2;
                    	    }
                    	    else {
                    	        NoViableAltException nvae =
                    	            new NoViableAltException("", 22, 0, input);

                    	        throw nvae;
                    	    }
                    	    switch (alt22) {
                    	        case 1 :
                    	            // InternalItup.g:1040:21: ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? )
                    	            {
                    	            // InternalItup.g:1040:21: ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? )
                    	            // InternalItup.g:1041:11: ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )?
                    	            {
                    	            // InternalItup.g:1041:11: ( (lv_kind_7_0= ruleMeasuredTargetKind ) )
                    	            // InternalItup.g:1042:12: (lv_kind_7_0= ruleMeasuredTargetKind )
                    	            {
                    	            // InternalItup.g:1042:12: (lv_kind_7_0= ruleMeasuredTargetKind )
                    	            // InternalItup.g:1043:13: lv_kind_7_0= ruleMeasuredTargetKind
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0());
                    	            												
                    	            pushFollow(FOLLOW_6);
                    	            lv_kind_7_0=ruleMeasuredTargetKind();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"kind",
                    	            														lv_kind_7_0,
                    	            														"org.itup.dsl.Itup.MeasuredTargetKind");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }

                    	            // InternalItup.g:1060:11: ( (lv_value_8_0= ruleDecimal ) )
                    	            // InternalItup.g:1061:12: (lv_value_8_0= ruleDecimal )
                    	            {
                    	            // InternalItup.g:1061:12: (lv_value_8_0= ruleDecimal )
                    	            // InternalItup.g:1062:13: lv_value_8_0= ruleDecimal
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0());
                    	            												
                    	            pushFollow(FOLLOW_30);
                    	            lv_value_8_0=ruleDecimal();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"value",
                    	            														lv_value_8_0,
                    	            														"org.itup.dsl.Itup.Decimal");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }

                    	            // InternalItup.g:1079:11: ( (lv_unit_9_0= RULE_STRING ) )?
                    	            int alt21=2;
                    	            int LA21_0 = input.LA(1);

                    	            if ( (LA21_0==RULE_STRING) ) {
                    	                alt21=1;
                    	            }
                    	            switch (alt21) {
                    	                case 1 :
                    	                    // InternalItup.g:1080:12: (lv_unit_9_0= RULE_STRING )
                    	                    {
                    	                    // InternalItup.g:1080:12: (lv_unit_9_0= RULE_STRING )
                    	                    // InternalItup.g:1081:13: lv_unit_9_0= RULE_STRING
                    	                    {
                    	                    lv_unit_9_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    	                    													newLeafNode(lv_unit_9_0, grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0());
                    	                    												

                    	                    													if (current==null) {
                    	                    														current = createModelElement(grammarAccess.getTargetRule());
                    	                    													}
                    	                    													setWithLastConsumed(
                    	                    														current,
                    	                    														"unit",
                    	                    														lv_unit_9_0,
                    	                    														"org.eclipse.xtext.common.Terminals.STRING");
                    	                    												

                    	                    }


                    	                    }
                    	                    break;

                    	            }


                    	            }


                    	            }
                    	            break;
                    	        case 2 :
                    	            // InternalItup.g:1099:10: ( (lv_kind_10_0= ruleQualitativeTargetKind ) )
                    	            {
                    	            // InternalItup.g:1099:10: ( (lv_kind_10_0= ruleQualitativeTargetKind ) )
                    	            // InternalItup.g:1100:11: (lv_kind_10_0= ruleQualitativeTargetKind )
                    	            {
                    	            // InternalItup.g:1100:11: (lv_kind_10_0= ruleQualitativeTargetKind )
                    	            // InternalItup.g:1101:12: lv_kind_10_0= ruleQualitativeTargetKind
                    	            {

                    	            												newCompositeNode(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0());
                    	            											
                    	            pushFollow(FOLLOW_29);
                    	            lv_kind_10_0=ruleQualitativeTargetKind();

                    	            state._fsp--;


                    	            												if (current==null) {
                    	            													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            												}
                    	            												set(
                    	            													current,
                    	            													"kind",
                    	            													lv_kind_10_0,
                    	            													"org.itup.dsl.Itup.QualitativeTargetKind");
                    	            												afterParserOrEnumRuleCall();
                    	            											

                    	            }


                    	            }


                    	            }
                    	            break;

                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:1124:5: ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1124:5: ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:1125:6: {...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2)");
                    	    }
                    	    // InternalItup.g:1125:106: ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:1126:7: ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2);
                    	    						
                    	    // InternalItup.g:1129:10: ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) )
                    	    // InternalItup.g:1129:11: {...}? => ( (lv_baseline_11_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1129:20: ( (lv_baseline_11_0= ruleBaseline ) )
                    	    // InternalItup.g:1129:21: (lv_baseline_11_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:1129:21: (lv_baseline_11_0= ruleBaseline )
                    	    // InternalItup.g:1130:11: lv_baseline_11_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0());
                    	    										
                    	    pushFollow(FOLLOW_29);
                    	    lv_baseline_11_0=ruleBaseline();

                    	    state._fsp--;


                    	    											if (current==null) {
                    	    												current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    											}
                    	    											set(
                    	    												current,
                    	    												"baseline",
                    	    												lv_baseline_11_0,
                    	    												"org.itup.dsl.Itup.Baseline");
                    	    											afterParserOrEnumRuleCall();
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalItup.g:1152:5: ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1152:5: ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:1153:6: {...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3)");
                    	    }
                    	    // InternalItup.g:1153:106: ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:1154:7: ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3);
                    	    						
                    	    // InternalItup.g:1157:10: ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:1157:11: {...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1157:20: (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) )
                    	    // InternalItup.g:1157:21: otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) )
                    	    {
                    	    otherlv_12=(Token)match(input,33,FOLLOW_10); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0());
                    	    									
                    	    // InternalItup.g:1161:10: ( (lv_population_13_0= RULE_STRING ) )
                    	    // InternalItup.g:1162:11: (lv_population_13_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:1162:11: (lv_population_13_0= RULE_STRING )
                    	    // InternalItup.g:1163:12: lv_population_13_0= RULE_STRING
                    	    {
                    	    lv_population_13_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    	    												newLeafNode(lv_population_13_0, grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getTargetRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"population",
                    	    													lv_population_13_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop23;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    					

                    }

                    // InternalItup.g:1192:4: ( (lv_indicators_14_0= rulePerformanceIndicator ) )*
                    loop24:
                    do {
                        int alt24=2;
                        int LA24_0 = input.LA(1);

                        if ( (LA24_0==45) ) {
                            alt24=1;
                        }


                        switch (alt24) {
                    	case 1 :
                    	    // InternalItup.g:1193:5: (lv_indicators_14_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:1193:5: (lv_indicators_14_0= rulePerformanceIndicator )
                    	    // InternalItup.g:1194:6: lv_indicators_14_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0());
                    	    					
                    	    pushFollow(FOLLOW_31);
                    	    lv_indicators_14_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"indicators",
                    	    							lv_indicators_14_0,
                    	    							"org.itup.dsl.Itup.PerformanceIndicator");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop24;
                        }
                    } while (true);

                    otherlv_15=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_15, grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTarget"


    // $ANTLR start "entryRuleBaseline"
    // InternalItup.g:1220:1: entryRuleBaseline returns [EObject current=null] : iv_ruleBaseline= ruleBaseline EOF ;
    public final EObject entryRuleBaseline() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBaseline = null;


        try {
            // InternalItup.g:1220:49: (iv_ruleBaseline= ruleBaseline EOF )
            // InternalItup.g:1221:2: iv_ruleBaseline= ruleBaseline EOF
            {
             newCompositeNode(grammarAccess.getBaselineRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBaseline=ruleBaseline();

            state._fsp--;

             current =iv_ruleBaseline; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBaseline"


    // $ANTLR start "ruleBaseline"
    // InternalItup.g:1227:1: ruleBaseline returns [EObject current=null] : (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) ;
    public final EObject ruleBaseline() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_measured_2_0=null;
        Token otherlv_3=null;
        Token lv_unit_5_0=null;
        AntlrDatatypeRuleToken lv_year_1_0 = null;

        AntlrDatatypeRuleToken lv_value_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1233:2: ( (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) )
            // InternalItup.g:1234:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            {
            // InternalItup.g:1234:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            // InternalItup.g:1235:3: otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            {
            otherlv_0=(Token)match(input,34,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getBaselineAccess().getBaselineKeyword_0());
            		
            // InternalItup.g:1239:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:1240:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:1240:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:1241:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_32);
            lv_year_1_0=ruleYear();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getBaselineRule());
            					}
            					set(
            						current,
            						"year",
            						lv_year_1_0,
            						"org.itup.dsl.Itup.Year");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1258:3: ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            int alt27=3;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==35) ) {
                alt27=1;
            }
            else if ( (LA27_0==28) ) {
                alt27=2;
            }
            switch (alt27) {
                case 1 :
                    // InternalItup.g:1259:4: ( (lv_measured_2_0= 'measured' ) )
                    {
                    // InternalItup.g:1259:4: ( (lv_measured_2_0= 'measured' ) )
                    // InternalItup.g:1260:5: (lv_measured_2_0= 'measured' )
                    {
                    // InternalItup.g:1260:5: (lv_measured_2_0= 'measured' )
                    // InternalItup.g:1261:6: lv_measured_2_0= 'measured'
                    {
                    lv_measured_2_0=(Token)match(input,35,FOLLOW_2); 

                    						newLeafNode(lv_measured_2_0, grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getBaselineRule());
                    						}
                    						setWithLastConsumed(current, "measured", lv_measured_2_0 != null, "measured");
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1274:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    {
                    // InternalItup.g:1274:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    // InternalItup.g:1275:5: otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )?
                    {
                    otherlv_3=(Token)match(input,28,FOLLOW_6); 

                    					newLeafNode(otherlv_3, grammarAccess.getBaselineAccess().getValueKeyword_2_1_0());
                    				
                    // InternalItup.g:1279:5: ( (lv_value_4_0= ruleDecimal ) )
                    // InternalItup.g:1280:6: (lv_value_4_0= ruleDecimal )
                    {
                    // InternalItup.g:1280:6: (lv_value_4_0= ruleDecimal )
                    // InternalItup.g:1281:7: lv_value_4_0= ruleDecimal
                    {

                    							newCompositeNode(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0());
                    						
                    pushFollow(FOLLOW_21);
                    lv_value_4_0=ruleDecimal();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getBaselineRule());
                    							}
                    							set(
                    								current,
                    								"value",
                    								lv_value_4_0,
                    								"org.itup.dsl.Itup.Decimal");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalItup.g:1298:5: ( (lv_unit_5_0= RULE_STRING ) )?
                    int alt26=2;
                    int LA26_0 = input.LA(1);

                    if ( (LA26_0==RULE_STRING) ) {
                        alt26=1;
                    }
                    switch (alt26) {
                        case 1 :
                            // InternalItup.g:1299:6: (lv_unit_5_0= RULE_STRING )
                            {
                            // InternalItup.g:1299:6: (lv_unit_5_0= RULE_STRING )
                            // InternalItup.g:1300:7: lv_unit_5_0= RULE_STRING
                            {
                            lv_unit_5_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                            							newLeafNode(lv_unit_5_0, grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_1_2_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getBaselineRule());
                            							}
                            							setWithLastConsumed(
                            								current,
                            								"unit",
                            								lv_unit_5_0,
                            								"org.eclipse.xtext.common.Terminals.STRING");
                            						

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBaseline"


    // $ANTLR start "entryRuleSdgLink"
    // InternalItup.g:1322:1: entryRuleSdgLink returns [EObject current=null] : iv_ruleSdgLink= ruleSdgLink EOF ;
    public final EObject entryRuleSdgLink() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSdgLink = null;


        try {
            // InternalItup.g:1322:48: (iv_ruleSdgLink= ruleSdgLink EOF )
            // InternalItup.g:1323:2: iv_ruleSdgLink= ruleSdgLink EOF
            {
             newCompositeNode(grammarAccess.getSdgLinkRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSdgLink=ruleSdgLink();

            state._fsp--;

             current =iv_ruleSdgLink; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSdgLink"


    // $ANTLR start "ruleSdgLink"
    // InternalItup.g:1329:1: ruleSdgLink returns [EObject current=null] : ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) ;
    public final EObject ruleSdgLink() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_target_0_0 = null;

        AntlrDatatypeRuleToken lv_indicators_2_0 = null;

        AntlrDatatypeRuleToken lv_indicators_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1335:2: ( ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) )
            // InternalItup.g:1336:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            {
            // InternalItup.g:1336:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            // InternalItup.g:1337:3: ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            {
            // InternalItup.g:1337:3: ( (lv_target_0_0= ruleCode ) )
            // InternalItup.g:1338:4: (lv_target_0_0= ruleCode )
            {
            // InternalItup.g:1338:4: (lv_target_0_0= ruleCode )
            // InternalItup.g:1339:5: lv_target_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_33);
            lv_target_0_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSdgLinkRule());
            					}
            					set(
            						current,
            						"target",
            						lv_target_0_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1356:3: (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==36) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalItup.g:1357:4: otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')'
                    {
                    otherlv_1=(Token)match(input,36,FOLLOW_14); 

                    				newLeafNode(otherlv_1, grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0());
                    			
                    // InternalItup.g:1361:4: ( (lv_indicators_2_0= ruleCode ) )
                    // InternalItup.g:1362:5: (lv_indicators_2_0= ruleCode )
                    {
                    // InternalItup.g:1362:5: (lv_indicators_2_0= ruleCode )
                    // InternalItup.g:1363:6: lv_indicators_2_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_34);
                    lv_indicators_2_0=ruleCode();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSdgLinkRule());
                    						}
                    						add(
                    							current,
                    							"indicators",
                    							lv_indicators_2_0,
                    							"org.itup.dsl.Itup.Code");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:1380:4: (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )*
                    loop28:
                    do {
                        int alt28=2;
                        int LA28_0 = input.LA(1);

                        if ( (LA28_0==19) ) {
                            alt28=1;
                        }


                        switch (alt28) {
                    	case 1 :
                    	    // InternalItup.g:1381:5: otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) )
                    	    {
                    	    otherlv_3=(Token)match(input,19,FOLLOW_14); 

                    	    					newLeafNode(otherlv_3, grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0());
                    	    				
                    	    // InternalItup.g:1385:5: ( (lv_indicators_4_0= ruleCode ) )
                    	    // InternalItup.g:1386:6: (lv_indicators_4_0= ruleCode )
                    	    {
                    	    // InternalItup.g:1386:6: (lv_indicators_4_0= ruleCode )
                    	    // InternalItup.g:1387:7: lv_indicators_4_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_34);
                    	    lv_indicators_4_0=ruleCode();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getSdgLinkRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"indicators",
                    	    								lv_indicators_4_0,
                    	    								"org.itup.dsl.Itup.Code");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop28;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,37,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSdgLink"


    // $ANTLR start "entryRuleSector"
    // InternalItup.g:1414:1: entryRuleSector returns [EObject current=null] : iv_ruleSector= ruleSector EOF ;
    public final EObject entryRuleSector() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSector = null;


        try {
            // InternalItup.g:1414:47: (iv_ruleSector= ruleSector EOF )
            // InternalItup.g:1415:2: iv_ruleSector= ruleSector EOF
            {
             newCompositeNode(grammarAccess.getSectorRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSector=ruleSector();

            state._fsp--;

             current =iv_ruleSector; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSector"


    // $ANTLR start "ruleSector"
    // InternalItup.g:1421:1: ruleSector returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' ) ;
    public final EObject ruleSector() throws RecognitionException {
        EObject current = null;

        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_8=null;
        Enumerator lv_kind_0_0 = null;

        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_bureau_5_0 = null;

        EObject lv_objectives_6_0 = null;

        EObject lv_enablers_7_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1427:2: ( ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' ) )
            // InternalItup.g:1428:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' )
            {
            // InternalItup.g:1428:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' )
            // InternalItup.g:1429:3: ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}'
            {
            // InternalItup.g:1429:3: ( (lv_kind_0_0= ruleSectorKind ) )
            // InternalItup.g:1430:4: (lv_kind_0_0= ruleSectorKind )
            {
            // InternalItup.g:1430:4: (lv_kind_0_0= ruleSectorKind )
            // InternalItup.g:1431:5: lv_kind_0_0= ruleSectorKind
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_14);
            lv_kind_0_0=ruleSectorKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSectorRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_0_0,
            						"org.itup.dsl.Itup.SectorKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1448:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1449:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1449:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1450:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSectorRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1467:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_STRING) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalItup.g:1468:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1468:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:1469:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getSectorRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,21,FOLLOW_35); 

            			newLeafNode(otherlv_3, grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:1489:3: (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==38) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalItup.g:1490:4: otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) )
                    {
                    otherlv_4=(Token)match(input,38,FOLLOW_14); 

                    				newLeafNode(otherlv_4, grammarAccess.getSectorAccess().getBureauKeyword_4_0());
                    			
                    // InternalItup.g:1494:4: ( (lv_bureau_5_0= ruleBureau ) )
                    // InternalItup.g:1495:5: (lv_bureau_5_0= ruleBureau )
                    {
                    // InternalItup.g:1495:5: (lv_bureau_5_0= ruleBureau )
                    // InternalItup.g:1496:6: lv_bureau_5_0= ruleBureau
                    {

                    						newCompositeNode(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_36);
                    lv_bureau_5_0=ruleBureau();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSectorRule());
                    						}
                    						set(
                    							current,
                    							"bureau",
                    							lv_bureau_5_0,
                    							"org.itup.dsl.Itup.Bureau");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:1514:3: ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )*
            loop32:
            do {
                int alt32=3;
                int LA32_0 = input.LA(1);

                if ( (LA32_0==39) ) {
                    alt32=1;
                }
                else if ( (LA32_0==48) ) {
                    alt32=2;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalItup.g:1515:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    {
            	    // InternalItup.g:1515:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    // InternalItup.g:1516:5: (lv_objectives_6_0= ruleObjective )
            	    {
            	    // InternalItup.g:1516:5: (lv_objectives_6_0= ruleObjective )
            	    // InternalItup.g:1517:6: lv_objectives_6_0= ruleObjective
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0());
            	    					
            	    pushFollow(FOLLOW_36);
            	    lv_objectives_6_0=ruleObjective();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getSectorRule());
            	    						}
            	    						add(
            	    							current,
            	    							"objectives",
            	    							lv_objectives_6_0,
            	    							"org.itup.dsl.Itup.Objective");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:1535:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    {
            	    // InternalItup.g:1535:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    // InternalItup.g:1536:5: (lv_enablers_7_0= ruleEnabler )
            	    {
            	    // InternalItup.g:1536:5: (lv_enablers_7_0= ruleEnabler )
            	    // InternalItup.g:1537:6: lv_enablers_7_0= ruleEnabler
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_36);
            	    lv_enablers_7_0=ruleEnabler();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getSectorRule());
            	    						}
            	    						add(
            	    							current,
            	    							"enablers",
            	    							lv_enablers_7_0,
            	    							"org.itup.dsl.Itup.Enabler");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop32;
                }
            } while (true);

            otherlv_8=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_8, grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSector"


    // $ANTLR start "entryRuleBureau"
    // InternalItup.g:1563:1: entryRuleBureau returns [EObject current=null] : iv_ruleBureau= ruleBureau EOF ;
    public final EObject entryRuleBureau() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBureau = null;


        try {
            // InternalItup.g:1563:47: (iv_ruleBureau= ruleBureau EOF )
            // InternalItup.g:1564:2: iv_ruleBureau= ruleBureau EOF
            {
             newCompositeNode(grammarAccess.getBureauRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBureau=ruleBureau();

            state._fsp--;

             current =iv_ruleBureau; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBureau"


    // $ANTLR start "ruleBureau"
    // InternalItup.g:1570:1: ruleBureau returns [EObject current=null] : ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) ;
    public final EObject ruleBureau() throws RecognitionException {
        EObject current = null;

        Token lv_title_1_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1576:2: ( ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) )
            // InternalItup.g:1577:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            {
            // InternalItup.g:1577:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            // InternalItup.g:1578:3: ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )?
            {
            // InternalItup.g:1578:3: ( (lv_name_0_0= ruleCode ) )
            // InternalItup.g:1579:4: (lv_name_0_0= ruleCode )
            {
            // InternalItup.g:1579:4: (lv_name_0_0= ruleCode )
            // InternalItup.g:1580:5: lv_name_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_21);
            lv_name_0_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getBureauRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_0_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1597:3: ( (lv_title_1_0= RULE_STRING ) )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==RULE_STRING) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalItup.g:1598:4: (lv_title_1_0= RULE_STRING )
                    {
                    // InternalItup.g:1598:4: (lv_title_1_0= RULE_STRING )
                    // InternalItup.g:1599:5: lv_title_1_0= RULE_STRING
                    {
                    lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_title_1_0, grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getBureauRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_1_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBureau"


    // $ANTLR start "entryRuleObjective"
    // InternalItup.g:1619:1: entryRuleObjective returns [EObject current=null] : iv_ruleObjective= ruleObjective EOF ;
    public final EObject entryRuleObjective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjective = null;


        try {
            // InternalItup.g:1619:50: (iv_ruleObjective= ruleObjective EOF )
            // InternalItup.g:1620:2: iv_ruleObjective= ruleObjective EOF
            {
             newCompositeNode(grammarAccess.getObjectiveRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleObjective=ruleObjective();

            state._fsp--;

             current =iv_ruleObjective; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleObjective"


    // $ANTLR start "ruleObjective"
    // InternalItup.g:1626:1: ruleObjective returns [EObject current=null] : (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' ) ;
    public final EObject ruleObjective() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_statement_5_0=null;
        Token otherlv_6=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_13=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token otherlv_18=null;
        Token otherlv_20=null;
        Token otherlv_24=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_19_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_21_0 = null;

        EObject lv_outcomes_22_0 = null;

        EObject lv_outputs_23_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1632:2: ( (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' ) )
            // InternalItup.g:1633:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' )
            {
            // InternalItup.g:1633:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' )
            // InternalItup.g:1634:3: otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}'
            {
            otherlv_0=(Token)match(input,39,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectiveAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:1638:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1639:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1639:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1640:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getObjectiveRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1657:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==RULE_STRING) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalItup.g:1658:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1658:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:1659:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getObjectiveRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,21,FOLLOW_37); 

            			newLeafNode(otherlv_3, grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:1679:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==30) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalItup.g:1680:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,30,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getObjectiveAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:1684:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:1685:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:1685:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:1686:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_38); 

                    						newLeafNode(lv_statement_5_0, grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getObjectiveRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"statement",
                    							lv_statement_5_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:1703:3: ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )*
            loop41:
            do {
                int alt41=6;
                switch ( input.LA(1) ) {
                case 40:
                    {
                    alt41=1;
                    }
                    break;
                case 42:
                    {
                    alt41=2;
                    }
                    break;
                case 23:
                    {
                    alt41=3;
                    }
                    break;
                case 43:
                    {
                    alt41=4;
                    }
                    break;
                case 44:
                    {
                    alt41=5;
                    }
                    break;

                }

                switch (alt41) {
            	case 1 :
            	    // InternalItup.g:1704:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:1704:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:1705:5: otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_6=(Token)match(input,40,FOLLOW_39); 

            	    					newLeafNode(otherlv_6, grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0());
            	    				
            	    // InternalItup.g:1709:5: (otherlv_7= 'goal' | otherlv_8= 'goals' )
            	    int alt36=2;
            	    int LA36_0 = input.LA(1);

            	    if ( (LA36_0==29) ) {
            	        alt36=1;
            	    }
            	    else if ( (LA36_0==41) ) {
            	        alt36=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 36, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt36) {
            	        case 1 :
            	            // InternalItup.g:1710:6: otherlv_7= 'goal'
            	            {
            	            otherlv_7=(Token)match(input,29,FOLLOW_14); 

            	            						newLeafNode(otherlv_7, grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:1715:6: otherlv_8= 'goals'
            	            {
            	            otherlv_8=(Token)match(input,41,FOLLOW_14); 

            	            						newLeafNode(otherlv_8, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:1720:5: ( ( ruleCode ) )
            	    // InternalItup.g:1721:6: ( ruleCode )
            	    {
            	    // InternalItup.g:1721:6: ( ruleCode )
            	    // InternalItup.g:1722:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0());
            	    						
            	    pushFollow(FOLLOW_40);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:1736:5: (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    loop37:
            	    do {
            	        int alt37=2;
            	        int LA37_0 = input.LA(1);

            	        if ( (LA37_0==19) ) {
            	            alt37=1;
            	        }


            	        switch (alt37) {
            	    	case 1 :
            	    	    // InternalItup.g:1737:6: otherlv_10= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_10=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_10, grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0());
            	    	    					
            	    	    // InternalItup.g:1741:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:1742:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:1742:7: ( ruleCode )
            	    	    // InternalItup.g:1743:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_40);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop37;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:1760:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:1760:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:1761:5: otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_12=(Token)match(input,42,FOLLOW_39); 

            	    					newLeafNode(otherlv_12, grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0());
            	    				
            	    // InternalItup.g:1765:5: (otherlv_13= 'goal' | otherlv_14= 'goals' )
            	    int alt38=2;
            	    int LA38_0 = input.LA(1);

            	    if ( (LA38_0==29) ) {
            	        alt38=1;
            	    }
            	    else if ( (LA38_0==41) ) {
            	        alt38=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 38, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt38) {
            	        case 1 :
            	            // InternalItup.g:1766:6: otherlv_13= 'goal'
            	            {
            	            otherlv_13=(Token)match(input,29,FOLLOW_14); 

            	            						newLeafNode(otherlv_13, grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:1771:6: otherlv_14= 'goals'
            	            {
            	            otherlv_14=(Token)match(input,41,FOLLOW_14); 

            	            						newLeafNode(otherlv_14, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:1776:5: ( ( ruleCode ) )
            	    // InternalItup.g:1777:6: ( ruleCode )
            	    {
            	    // InternalItup.g:1777:6: ( ruleCode )
            	    // InternalItup.g:1778:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0());
            	    						
            	    pushFollow(FOLLOW_40);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:1792:5: (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    loop39:
            	    do {
            	        int alt39=2;
            	        int LA39_0 = input.LA(1);

            	        if ( (LA39_0==19) ) {
            	            alt39=1;
            	        }


            	        switch (alt39) {
            	    	case 1 :
            	    	    // InternalItup.g:1793:6: otherlv_16= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0());
            	    	    					
            	    	    // InternalItup.g:1797:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:1798:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:1798:7: ( ruleCode )
            	    	    // InternalItup.g:1799:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_40);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop39;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:1816:4: (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:1816:4: (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* )
            	    // InternalItup.g:1817:5: otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )*
            	    {
            	    otherlv_18=(Token)match(input,23,FOLLOW_14); 

            	    					newLeafNode(otherlv_18, grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0());
            	    				
            	    // InternalItup.g:1821:5: ( (lv_wsisActionLines_19_0= ruleCode ) )
            	    // InternalItup.g:1822:6: (lv_wsisActionLines_19_0= ruleCode )
            	    {
            	    // InternalItup.g:1822:6: (lv_wsisActionLines_19_0= ruleCode )
            	    // InternalItup.g:1823:7: lv_wsisActionLines_19_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0());
            	    						
            	    pushFollow(FOLLOW_40);
            	    lv_wsisActionLines_19_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_19_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:1840:5: (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )*
            	    loop40:
            	    do {
            	        int alt40=2;
            	        int LA40_0 = input.LA(1);

            	        if ( (LA40_0==19) ) {
            	            alt40=1;
            	        }


            	        switch (alt40) {
            	    	case 1 :
            	    	    // InternalItup.g:1841:6: otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) )
            	    	    {
            	    	    otherlv_20=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_20, grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0());
            	    	    					
            	    	    // InternalItup.g:1845:6: ( (lv_wsisActionLines_21_0= ruleCode ) )
            	    	    // InternalItup.g:1846:7: (lv_wsisActionLines_21_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:1846:7: (lv_wsisActionLines_21_0= ruleCode )
            	    	    // InternalItup.g:1847:8: lv_wsisActionLines_21_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_40);
            	    	    lv_wsisActionLines_21_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_21_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop40;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:1867:4: ( (lv_outcomes_22_0= ruleOutcome ) )
            	    {
            	    // InternalItup.g:1867:4: ( (lv_outcomes_22_0= ruleOutcome ) )
            	    // InternalItup.g:1868:5: (lv_outcomes_22_0= ruleOutcome )
            	    {
            	    // InternalItup.g:1868:5: (lv_outcomes_22_0= ruleOutcome )
            	    // InternalItup.g:1869:6: lv_outcomes_22_0= ruleOutcome
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0());
            	    					
            	    pushFollow(FOLLOW_38);
            	    lv_outcomes_22_0=ruleOutcome();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"outcomes",
            	    							lv_outcomes_22_0,
            	    							"org.itup.dsl.Itup.Outcome");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:1887:4: ( (lv_outputs_23_0= ruleOutput ) )
            	    {
            	    // InternalItup.g:1887:4: ( (lv_outputs_23_0= ruleOutput ) )
            	    // InternalItup.g:1888:5: (lv_outputs_23_0= ruleOutput )
            	    {
            	    // InternalItup.g:1888:5: (lv_outputs_23_0= ruleOutput )
            	    // InternalItup.g:1889:6: lv_outputs_23_0= ruleOutput
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_38);
            	    lv_outputs_23_0=ruleOutput();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"outputs",
            	    							lv_outputs_23_0,
            	    							"org.itup.dsl.Itup.Output");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop41;
                }
            } while (true);

            otherlv_24=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_24, grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleObjective"


    // $ANTLR start "entryRuleOutcome"
    // InternalItup.g:1915:1: entryRuleOutcome returns [EObject current=null] : iv_ruleOutcome= ruleOutcome EOF ;
    public final EObject entryRuleOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutcome = null;


        try {
            // InternalItup.g:1915:48: (iv_ruleOutcome= ruleOutcome EOF )
            // InternalItup.g:1916:2: iv_ruleOutcome= ruleOutcome EOF
            {
             newCompositeNode(grammarAccess.getOutcomeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOutcome=ruleOutcome();

            state._fsp--;

             current =iv_ruleOutcome; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOutcome"


    // $ANTLR start "ruleOutcome"
    // InternalItup.g:1922:1: ruleOutcome returns [EObject current=null] : (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) ;
    public final EObject ruleOutcome() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_indicators_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1928:2: ( (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:1929:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:1929:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            // InternalItup.g:1930:3: otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,43,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getOutcomeAccess().getOutcomeKeyword_0());
            		
            // InternalItup.g:1934:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1935:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1935:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1936:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_27);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOutcomeRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1953:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:1954:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1954:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:1955:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

                    					newLeafNode(lv_statement_2_0, grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomeRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:1971:3: (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==21) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalItup.g:1972:4: otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_31); 

                    				newLeafNode(otherlv_3, grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:1976:4: ( (lv_indicators_4_0= rulePerformanceIndicator ) )*
                    loop43:
                    do {
                        int alt43=2;
                        int LA43_0 = input.LA(1);

                        if ( (LA43_0==45) ) {
                            alt43=1;
                        }


                        switch (alt43) {
                    	case 1 :
                    	    // InternalItup.g:1977:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:1977:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    // InternalItup.g:1978:6: lv_indicators_4_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_31);
                    	    lv_indicators_4_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getOutcomeRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"indicators",
                    	    							lv_indicators_4_0,
                    	    							"org.itup.dsl.Itup.PerformanceIndicator");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop43;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOutcome"


    // $ANTLR start "entryRuleOutput"
    // InternalItup.g:2004:1: entryRuleOutput returns [EObject current=null] : iv_ruleOutput= ruleOutput EOF ;
    public final EObject entryRuleOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutput = null;


        try {
            // InternalItup.g:2004:47: (iv_ruleOutput= ruleOutput EOF )
            // InternalItup.g:2005:2: iv_ruleOutput= ruleOutput EOF
            {
             newCompositeNode(grammarAccess.getOutputRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOutput=ruleOutput();

            state._fsp--;

             current =iv_ruleOutput; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOutput"


    // $ANTLR start "ruleOutput"
    // InternalItup.g:2011:1: ruleOutput returns [EObject current=null] : (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) ;
    public final EObject ruleOutput() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_indicators_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2017:2: ( (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:2018:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:2018:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            // InternalItup.g:2019:3: otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,44,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputAccess().getOutputKeyword_0());
            		
            // InternalItup.g:2023:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2024:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2024:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2025:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_27);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOutputRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2042:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==RULE_STRING) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalItup.g:2043:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2043:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:2044:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

                    					newLeafNode(lv_statement_2_0, grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutputRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:2060:3: (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( (LA47_0==21) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalItup.g:2061:4: otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_31); 

                    				newLeafNode(otherlv_3, grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:2065:4: ( (lv_indicators_4_0= rulePerformanceIndicator ) )*
                    loop46:
                    do {
                        int alt46=2;
                        int LA46_0 = input.LA(1);

                        if ( (LA46_0==45) ) {
                            alt46=1;
                        }


                        switch (alt46) {
                    	case 1 :
                    	    // InternalItup.g:2066:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:2066:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    // InternalItup.g:2067:6: lv_indicators_4_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_31);
                    	    lv_indicators_4_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getOutputRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"indicators",
                    	    							lv_indicators_4_0,
                    	    							"org.itup.dsl.Itup.PerformanceIndicator");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop46;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOutput"


    // $ANTLR start "entryRulePerformanceIndicator"
    // InternalItup.g:2093:1: entryRulePerformanceIndicator returns [EObject current=null] : iv_rulePerformanceIndicator= rulePerformanceIndicator EOF ;
    public final EObject entryRulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePerformanceIndicator = null;


        try {
            // InternalItup.g:2093:61: (iv_rulePerformanceIndicator= rulePerformanceIndicator EOF )
            // InternalItup.g:2094:2: iv_rulePerformanceIndicator= rulePerformanceIndicator EOF
            {
             newCompositeNode(grammarAccess.getPerformanceIndicatorRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePerformanceIndicator=rulePerformanceIndicator();

            state._fsp--;

             current =iv_rulePerformanceIndicator; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePerformanceIndicator"


    // $ANTLR start "rulePerformanceIndicator"
    // InternalItup.g:2100:1: rulePerformanceIndicator returns [EObject current=null] : (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? ) ;
    public final EObject rulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_unit_5_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        EObject lv_baseline_6_0 = null;

        AntlrDatatypeRuleToken lv_targetValue_8_0 = null;

        Enumerator lv_direction_10_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2106:2: ( (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? ) )
            // InternalItup.g:2107:2: (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? )
            {
            // InternalItup.g:2107:2: (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? )
            // InternalItup.g:2108:3: otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )?
            {
            otherlv_0=(Token)match(input,45,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0());
            		
            // InternalItup.g:2112:3: ( (lv_name_1_0= RULE_STRING ) )
            // InternalItup.g:2113:4: (lv_name_1_0= RULE_STRING )
            {
            // InternalItup.g:2113:4: (lv_name_1_0= RULE_STRING )
            // InternalItup.g:2114:5: lv_name_1_0= RULE_STRING
            {
            lv_name_1_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

            					newLeafNode(lv_name_1_0, grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPerformanceIndicatorRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:2130:3: (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==21) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalItup.g:2131:4: otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}'
                    {
                    otherlv_2=(Token)match(input,21,FOLLOW_41); 

                    				newLeafNode(otherlv_2, grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalItup.g:2135:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:2136:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:2136:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) )
                    // InternalItup.g:2137:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    					
                    // InternalItup.g:2140:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* )
                    // InternalItup.g:2141:7: ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:2141:7: ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )*
                    loop48:
                    do {
                        int alt48=5;
                        int LA48_0 = input.LA(1);

                        if ( LA48_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                            alt48=1;
                        }
                        else if ( LA48_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                            alt48=2;
                        }
                        else if ( LA48_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                            alt48=3;
                        }
                        else if ( LA48_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                            alt48=4;
                        }


                        switch (alt48) {
                    	case 1 :
                    	    // InternalItup.g:2142:5: ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2142:5: ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:2143:6: {...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0)");
                    	    }
                    	    // InternalItup.g:2143:120: ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:2144:7: ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0);
                    	    						
                    	    // InternalItup.g:2147:10: ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:2147:11: {...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2147:20: (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) )
                    	    // InternalItup.g:2147:21: otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) )
                    	    {
                    	    otherlv_4=(Token)match(input,46,FOLLOW_10); 

                    	    										newLeafNode(otherlv_4, grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0());
                    	    									
                    	    // InternalItup.g:2151:10: ( (lv_unit_5_0= RULE_STRING ) )
                    	    // InternalItup.g:2152:11: (lv_unit_5_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:2152:11: (lv_unit_5_0= RULE_STRING )
                    	    // InternalItup.g:2153:12: lv_unit_5_0= RULE_STRING
                    	    {
                    	    lv_unit_5_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

                    	    												newLeafNode(lv_unit_5_0, grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"unit",
                    	    													lv_unit_5_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:2175:5: ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2175:5: ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:2176:6: {...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1)");
                    	    }
                    	    // InternalItup.g:2176:120: ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:2177:7: ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1);
                    	    						
                    	    // InternalItup.g:2180:10: ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) )
                    	    // InternalItup.g:2180:11: {...}? => ( (lv_baseline_6_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2180:20: ( (lv_baseline_6_0= ruleBaseline ) )
                    	    // InternalItup.g:2180:21: (lv_baseline_6_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:2180:21: (lv_baseline_6_0= ruleBaseline )
                    	    // InternalItup.g:2181:11: lv_baseline_6_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0());
                    	    										
                    	    pushFollow(FOLLOW_41);
                    	    lv_baseline_6_0=ruleBaseline();

                    	    state._fsp--;


                    	    											if (current==null) {
                    	    												current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    											}
                    	    											set(
                    	    												current,
                    	    												"baseline",
                    	    												lv_baseline_6_0,
                    	    												"org.itup.dsl.Itup.Baseline");
                    	    											afterParserOrEnumRuleCall();
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:2203:5: ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2203:5: ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) )
                    	    // InternalItup.g:2204:6: {...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2)");
                    	    }
                    	    // InternalItup.g:2204:120: ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) )
                    	    // InternalItup.g:2205:7: ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2);
                    	    						
                    	    // InternalItup.g:2208:10: ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) )
                    	    // InternalItup.g:2208:11: {...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2208:20: (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) )
                    	    // InternalItup.g:2208:21: otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) )
                    	    {
                    	    otherlv_7=(Token)match(input,32,FOLLOW_6); 

                    	    										newLeafNode(otherlv_7, grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0());
                    	    									
                    	    // InternalItup.g:2212:10: ( (lv_targetValue_8_0= ruleDecimal ) )
                    	    // InternalItup.g:2213:11: (lv_targetValue_8_0= ruleDecimal )
                    	    {
                    	    // InternalItup.g:2213:11: (lv_targetValue_8_0= ruleDecimal )
                    	    // InternalItup.g:2214:12: lv_targetValue_8_0= ruleDecimal
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_41);
                    	    lv_targetValue_8_0=ruleDecimal();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"targetValue",
                    	    													lv_targetValue_8_0,
                    	    													"org.itup.dsl.Itup.Decimal");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalItup.g:2237:5: ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2237:5: ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    // InternalItup.g:2238:6: {...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3)");
                    	    }
                    	    // InternalItup.g:2238:120: ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) )
                    	    // InternalItup.g:2239:7: ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3);
                    	    						
                    	    // InternalItup.g:2242:10: ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) )
                    	    // InternalItup.g:2242:11: {...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2242:20: (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) )
                    	    // InternalItup.g:2242:21: otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) )
                    	    {
                    	    otherlv_9=(Token)match(input,47,FOLLOW_42); 

                    	    										newLeafNode(otherlv_9, grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0());
                    	    									
                    	    // InternalItup.g:2246:10: ( (lv_direction_10_0= ruleIndicatorDirection ) )
                    	    // InternalItup.g:2247:11: (lv_direction_10_0= ruleIndicatorDirection )
                    	    {
                    	    // InternalItup.g:2247:11: (lv_direction_10_0= ruleIndicatorDirection )
                    	    // InternalItup.g:2248:12: lv_direction_10_0= ruleIndicatorDirection
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0());
                    	    											
                    	    pushFollow(FOLLOW_41);
                    	    lv_direction_10_0=ruleIndicatorDirection();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"direction",
                    	    													lv_direction_10_0,
                    	    													"org.itup.dsl.Itup.IndicatorDirection");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop48;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    					

                    }

                    otherlv_11=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_11, grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePerformanceIndicator"


    // $ANTLR start "entryRuleEnabler"
    // InternalItup.g:2287:1: entryRuleEnabler returns [EObject current=null] : iv_ruleEnabler= ruleEnabler EOF ;
    public final EObject entryRuleEnabler() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnabler = null;


        try {
            // InternalItup.g:2287:48: (iv_ruleEnabler= ruleEnabler EOF )
            // InternalItup.g:2288:2: iv_ruleEnabler= ruleEnabler EOF
            {
             newCompositeNode(grammarAccess.getEnablerRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleEnabler=ruleEnabler();

            state._fsp--;

             current =iv_ruleEnabler; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleEnabler"


    // $ANTLR start "ruleEnabler"
    // InternalItup.g:2294:1: ruleEnabler returns [EObject current=null] : (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) ;
    public final EObject ruleEnabler() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_supportsAll_5_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token lv_activities_10_0=null;
        Token otherlv_11=null;
        Token lv_contributions_12_0=null;
        Token otherlv_13=null;
        Token lv_results_14_0=null;
        Token otherlv_15=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2300:2: ( (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) )
            // InternalItup.g:2301:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            {
            // InternalItup.g:2301:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            // InternalItup.g:2302:3: otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}'
            {
            otherlv_0=(Token)match(input,48,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getEnablerAccess().getEnablerKeyword_0());
            		
            // InternalItup.g:2306:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2307:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2307:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2308:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getEnablerRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2325:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==RULE_STRING) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalItup.g:2326:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2326:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2327:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getEnablerRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,21,FOLLOW_43); 

            			newLeafNode(otherlv_3, grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2347:3: (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==49) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalItup.g:2348:4: otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    {
                    otherlv_4=(Token)match(input,49,FOLLOW_44); 

                    				newLeafNode(otherlv_4, grammarAccess.getEnablerAccess().getSupportsKeyword_4_0());
                    			
                    // InternalItup.g:2352:4: ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    int alt52=2;
                    int LA52_0 = input.LA(1);

                    if ( (LA52_0==50) ) {
                        alt52=1;
                    }
                    else if ( ((LA52_0>=RULE_ID && LA52_0<=RULE_INT)) ) {
                        alt52=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 52, 0, input);

                        throw nvae;
                    }
                    switch (alt52) {
                        case 1 :
                            // InternalItup.g:2353:5: ( (lv_supportsAll_5_0= 'all' ) )
                            {
                            // InternalItup.g:2353:5: ( (lv_supportsAll_5_0= 'all' ) )
                            // InternalItup.g:2354:6: (lv_supportsAll_5_0= 'all' )
                            {
                            // InternalItup.g:2354:6: (lv_supportsAll_5_0= 'all' )
                            // InternalItup.g:2355:7: lv_supportsAll_5_0= 'all'
                            {
                            lv_supportsAll_5_0=(Token)match(input,50,FOLLOW_45); 

                            							newLeafNode(lv_supportsAll_5_0, grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getEnablerRule());
                            							}
                            							setWithLastConsumed(current, "supportsAll", lv_supportsAll_5_0 != null, "all");
                            						

                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalItup.g:2368:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            {
                            // InternalItup.g:2368:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            // InternalItup.g:2369:6: ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )*
                            {
                            // InternalItup.g:2369:6: ( ( ruleCode ) )
                            // InternalItup.g:2370:7: ( ruleCode )
                            {
                            // InternalItup.g:2370:7: ( ruleCode )
                            // InternalItup.g:2371:8: ruleCode
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getEnablerRule());
                            								}
                            							

                            								newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0());
                            							
                            pushFollow(FOLLOW_46);
                            ruleCode();

                            state._fsp--;


                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:2385:6: (otherlv_7= ',' ( ( ruleCode ) ) )*
                            loop51:
                            do {
                                int alt51=2;
                                int LA51_0 = input.LA(1);

                                if ( (LA51_0==19) ) {
                                    alt51=1;
                                }


                                switch (alt51) {
                            	case 1 :
                            	    // InternalItup.g:2386:7: otherlv_7= ',' ( ( ruleCode ) )
                            	    {
                            	    otherlv_7=(Token)match(input,19,FOLLOW_14); 

                            	    							newLeafNode(otherlv_7, grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0());
                            	    						
                            	    // InternalItup.g:2390:7: ( ( ruleCode ) )
                            	    // InternalItup.g:2391:8: ( ruleCode )
                            	    {
                            	    // InternalItup.g:2391:8: ( ruleCode )
                            	    // InternalItup.g:2392:9: ruleCode
                            	    {

                            	    									if (current==null) {
                            	    										current = createModelElement(grammarAccess.getEnablerRule());
                            	    									}
                            	    								

                            	    									newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0());
                            	    								
                            	    pushFollow(FOLLOW_46);
                            	    ruleCode();

                            	    state._fsp--;


                            	    									afterParserOrEnumRuleCall();
                            	    								

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop51;
                                }
                            } while (true);


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalItup.g:2410:3: ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )*
            loop54:
            do {
                int alt54=4;
                switch ( input.LA(1) ) {
                case 51:
                    {
                    alt54=1;
                    }
                    break;
                case 52:
                    {
                    alt54=2;
                    }
                    break;
                case 53:
                    {
                    alt54=3;
                    }
                    break;

                }

                switch (alt54) {
            	case 1 :
            	    // InternalItup.g:2411:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:2411:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:2412:5: otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,51,FOLLOW_10); 

            	    					newLeafNode(otherlv_9, grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0());
            	    				
            	    // InternalItup.g:2416:5: ( (lv_activities_10_0= RULE_STRING ) )
            	    // InternalItup.g:2417:6: (lv_activities_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:2417:6: (lv_activities_10_0= RULE_STRING )
            	    // InternalItup.g:2418:7: lv_activities_10_0= RULE_STRING
            	    {
            	    lv_activities_10_0=(Token)match(input,RULE_STRING,FOLLOW_45); 

            	    							newLeafNode(lv_activities_10_0, grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"activities",
            	    								lv_activities_10_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:2436:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:2436:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    // InternalItup.g:2437:5: otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,52,FOLLOW_10); 

            	    					newLeafNode(otherlv_11, grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0());
            	    				
            	    // InternalItup.g:2441:5: ( (lv_contributions_12_0= RULE_STRING ) )
            	    // InternalItup.g:2442:6: (lv_contributions_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:2442:6: (lv_contributions_12_0= RULE_STRING )
            	    // InternalItup.g:2443:7: lv_contributions_12_0= RULE_STRING
            	    {
            	    lv_contributions_12_0=(Token)match(input,RULE_STRING,FOLLOW_45); 

            	    							newLeafNode(lv_contributions_12_0, grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"contributions",
            	    								lv_contributions_12_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:2461:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:2461:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    // InternalItup.g:2462:5: otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) )
            	    {
            	    otherlv_13=(Token)match(input,53,FOLLOW_10); 

            	    					newLeafNode(otherlv_13, grammarAccess.getEnablerAccess().getResultKeyword_5_2_0());
            	    				
            	    // InternalItup.g:2466:5: ( (lv_results_14_0= RULE_STRING ) )
            	    // InternalItup.g:2467:6: (lv_results_14_0= RULE_STRING )
            	    {
            	    // InternalItup.g:2467:6: (lv_results_14_0= RULE_STRING )
            	    // InternalItup.g:2468:7: lv_results_14_0= RULE_STRING
            	    {
            	    lv_results_14_0=(Token)match(input,RULE_STRING,FOLLOW_45); 

            	    							newLeafNode(lv_results_14_0, grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"results",
            	    								lv_results_14_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop54;
                }
            } while (true);

            otherlv_15=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_15, grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleEnabler"


    // $ANTLR start "entryRuleStrategicRisk"
    // InternalItup.g:2494:1: entryRuleStrategicRisk returns [EObject current=null] : iv_ruleStrategicRisk= ruleStrategicRisk EOF ;
    public final EObject entryRuleStrategicRisk() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStrategicRisk = null;


        try {
            // InternalItup.g:2494:54: (iv_ruleStrategicRisk= ruleStrategicRisk EOF )
            // InternalItup.g:2495:2: iv_ruleStrategicRisk= ruleStrategicRisk EOF
            {
             newCompositeNode(grammarAccess.getStrategicRiskRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStrategicRisk=ruleStrategicRisk();

            state._fsp--;

             current =iv_ruleStrategicRisk; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleStrategicRisk"


    // $ANTLR start "ruleStrategicRisk"
    // InternalItup.g:2501:1: ruleStrategicRisk returns [EObject current=null] : (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' ) ;
    public final EObject ruleStrategicRisk() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_aspects_5_0=null;
        Token otherlv_7=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_mitigations_6_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2507:2: ( (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' ) )
            // InternalItup.g:2508:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' )
            {
            // InternalItup.g:2508:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' )
            // InternalItup.g:2509:3: otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}'
            {
            otherlv_0=(Token)match(input,54,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getStrategicRiskAccess().getRiskKeyword_0());
            		
            // InternalItup.g:2513:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2514:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2514:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2515:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getStrategicRiskRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2532:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==RULE_STRING) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalItup.g:2533:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2533:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2534:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getStrategicRiskRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,21,FOLLOW_47); 

            			newLeafNode(otherlv_3, grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2554:3: (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )*
            loop56:
            do {
                int alt56=2;
                int LA56_0 = input.LA(1);

                if ( (LA56_0==55) ) {
                    alt56=1;
                }


                switch (alt56) {
            	case 1 :
            	    // InternalItup.g:2555:4: otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) )
            	    {
            	    otherlv_4=(Token)match(input,55,FOLLOW_10); 

            	    				newLeafNode(otherlv_4, grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0());
            	    			
            	    // InternalItup.g:2559:4: ( (lv_aspects_5_0= RULE_STRING ) )
            	    // InternalItup.g:2560:5: (lv_aspects_5_0= RULE_STRING )
            	    {
            	    // InternalItup.g:2560:5: (lv_aspects_5_0= RULE_STRING )
            	    // InternalItup.g:2561:6: lv_aspects_5_0= RULE_STRING
            	    {
            	    lv_aspects_5_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

            	    						newLeafNode(lv_aspects_5_0, grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getStrategicRiskRule());
            	    						}
            	    						addWithLastConsumed(
            	    							current,
            	    							"aspects",
            	    							lv_aspects_5_0,
            	    							"org.eclipse.xtext.common.Terminals.STRING");
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop56;
                }
            } while (true);

            // InternalItup.g:2578:3: ( (lv_mitigations_6_0= ruleMitigation ) )*
            loop57:
            do {
                int alt57=2;
                int LA57_0 = input.LA(1);

                if ( (LA57_0==56) ) {
                    alt57=1;
                }


                switch (alt57) {
            	case 1 :
            	    // InternalItup.g:2579:4: (lv_mitigations_6_0= ruleMitigation )
            	    {
            	    // InternalItup.g:2579:4: (lv_mitigations_6_0= ruleMitigation )
            	    // InternalItup.g:2580:5: lv_mitigations_6_0= ruleMitigation
            	    {

            	    					newCompositeNode(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0());
            	    				
            	    pushFollow(FOLLOW_48);
            	    lv_mitigations_6_0=ruleMitigation();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getStrategicRiskRule());
            	    					}
            	    					add(
            	    						current,
            	    						"mitigations",
            	    						lv_mitigations_6_0,
            	    						"org.itup.dsl.Itup.Mitigation");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop57;
                }
            } while (true);

            otherlv_7=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_7, grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStrategicRisk"


    // $ANTLR start "entryRuleMitigation"
    // InternalItup.g:2605:1: entryRuleMitigation returns [EObject current=null] : iv_ruleMitigation= ruleMitigation EOF ;
    public final EObject entryRuleMitigation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMitigation = null;


        try {
            // InternalItup.g:2605:51: (iv_ruleMitigation= ruleMitigation EOF )
            // InternalItup.g:2606:2: iv_ruleMitigation= ruleMitigation EOF
            {
             newCompositeNode(grammarAccess.getMitigationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMitigation=ruleMitigation();

            state._fsp--;

             current =iv_ruleMitigation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMitigation"


    // $ANTLR start "ruleMitigation"
    // InternalItup.g:2612:1: ruleMitigation returns [EObject current=null] : (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleMitigation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Enumerator lv_treatment_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2618:2: ( (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) )
            // InternalItup.g:2619:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            {
            // InternalItup.g:2619:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            // InternalItup.g:2620:3: otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,56,FOLLOW_49); 

            			newLeafNode(otherlv_0, grammarAccess.getMitigationAccess().getMitigationKeyword_0());
            		
            // InternalItup.g:2624:3: ( (lv_treatment_1_0= ruleRiskTreatment ) )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( ((LA58_0>=71 && LA58_0<=74)) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalItup.g:2625:4: (lv_treatment_1_0= ruleRiskTreatment )
                    {
                    // InternalItup.g:2625:4: (lv_treatment_1_0= ruleRiskTreatment )
                    // InternalItup.g:2626:5: lv_treatment_1_0= ruleRiskTreatment
                    {

                    					newCompositeNode(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_10);
                    lv_treatment_1_0=ruleRiskTreatment();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getMitigationRule());
                    					}
                    					set(
                    						current,
                    						"treatment",
                    						lv_treatment_1_0,
                    						"org.itup.dsl.Itup.RiskTreatment");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:2643:3: ( (lv_statement_2_0= RULE_STRING ) )
            // InternalItup.g:2644:4: (lv_statement_2_0= RULE_STRING )
            {
            // InternalItup.g:2644:4: (lv_statement_2_0= RULE_STRING )
            // InternalItup.g:2645:5: lv_statement_2_0= RULE_STRING
            {
            lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_statement_2_0, grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMitigationRule());
            					}
            					setWithLastConsumed(
            						current,
            						"statement",
            						lv_statement_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMitigation"


    // $ANTLR start "entryRuleSwotItem"
    // InternalItup.g:2665:1: entryRuleSwotItem returns [EObject current=null] : iv_ruleSwotItem= ruleSwotItem EOF ;
    public final EObject entryRuleSwotItem() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSwotItem = null;


        try {
            // InternalItup.g:2665:49: (iv_ruleSwotItem= ruleSwotItem EOF )
            // InternalItup.g:2666:2: iv_ruleSwotItem= ruleSwotItem EOF
            {
             newCompositeNode(grammarAccess.getSwotItemRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSwotItem=ruleSwotItem();

            state._fsp--;

             current =iv_ruleSwotItem; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSwotItem"


    // $ANTLR start "ruleSwotItem"
    // InternalItup.g:2672:1: ruleSwotItem returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleSwotItem() throws RecognitionException {
        EObject current = null;

        Token lv_statement_1_0=null;
        Enumerator lv_kind_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2678:2: ( ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) )
            // InternalItup.g:2679:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            {
            // InternalItup.g:2679:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            // InternalItup.g:2680:3: ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) )
            {
            // InternalItup.g:2680:3: ( (lv_kind_0_0= ruleSwotKind ) )
            // InternalItup.g:2681:4: (lv_kind_0_0= ruleSwotKind )
            {
            // InternalItup.g:2681:4: (lv_kind_0_0= ruleSwotKind )
            // InternalItup.g:2682:5: lv_kind_0_0= ruleSwotKind
            {

            					newCompositeNode(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_10);
            lv_kind_0_0=ruleSwotKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSwotItemRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_0_0,
            						"org.itup.dsl.Itup.SwotKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2699:3: ( (lv_statement_1_0= RULE_STRING ) )
            // InternalItup.g:2700:4: (lv_statement_1_0= RULE_STRING )
            {
            // InternalItup.g:2700:4: (lv_statement_1_0= RULE_STRING )
            // InternalItup.g:2701:5: lv_statement_1_0= RULE_STRING
            {
            lv_statement_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_statement_1_0, grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSwotItemRule());
            					}
            					setWithLastConsumed(
            						current,
            						"statement",
            						lv_statement_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSwotItem"


    // $ANTLR start "entryRuleImplementationCriterion"
    // InternalItup.g:2721:1: entryRuleImplementationCriterion returns [EObject current=null] : iv_ruleImplementationCriterion= ruleImplementationCriterion EOF ;
    public final EObject entryRuleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplementationCriterion = null;


        try {
            // InternalItup.g:2721:64: (iv_ruleImplementationCriterion= ruleImplementationCriterion EOF )
            // InternalItup.g:2722:2: iv_ruleImplementationCriterion= ruleImplementationCriterion EOF
            {
             newCompositeNode(grammarAccess.getImplementationCriterionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImplementationCriterion=ruleImplementationCriterion();

            state._fsp--;

             current =iv_ruleImplementationCriterion; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImplementationCriterion"


    // $ANTLR start "ruleImplementationCriterion"
    // InternalItup.g:2728:1: ruleImplementationCriterion returns [EObject current=null] : (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) ;
    public final EObject ruleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_1_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        EObject lv_criteria_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2734:2: ( (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:2735:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:2735:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            // InternalItup.g:2736:3: otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,57,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0());
            		
            // InternalItup.g:2740:3: ( (lv_title_1_0= RULE_STRING ) )
            // InternalItup.g:2741:4: (lv_title_1_0= RULE_STRING )
            {
            // InternalItup.g:2741:4: (lv_title_1_0= RULE_STRING )
            // InternalItup.g:2742:5: lv_title_1_0= RULE_STRING
            {
            lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_27); 

            					newLeafNode(lv_title_1_0, grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImplementationCriterionRule());
            					}
            					setWithLastConsumed(
            						current,
            						"title",
            						lv_title_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:2758:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==RULE_STRING) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalItup.g:2759:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2759:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:2760:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

                    					newLeafNode(lv_statement_2_0, grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getImplementationCriterionRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:2776:3: (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==21) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalItup.g:2777:4: otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_50); 

                    				newLeafNode(otherlv_3, grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:2781:4: ( (lv_criteria_4_0= ruleImplementationCriterion ) )*
                    loop60:
                    do {
                        int alt60=2;
                        int LA60_0 = input.LA(1);

                        if ( (LA60_0==57) ) {
                            alt60=1;
                        }


                        switch (alt60) {
                    	case 1 :
                    	    // InternalItup.g:2782:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    {
                    	    // InternalItup.g:2782:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    // InternalItup.g:2783:6: lv_criteria_4_0= ruleImplementationCriterion
                    	    {

                    	    						newCompositeNode(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_50);
                    	    lv_criteria_4_0=ruleImplementationCriterion();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getImplementationCriterionRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"criteria",
                    	    							lv_criteria_4_0,
                    	    							"org.itup.dsl.Itup.ImplementationCriterion");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop60;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImplementationCriterion"


    // $ANTLR start "entryRuleGlossaryTerm"
    // InternalItup.g:2809:1: entryRuleGlossaryTerm returns [EObject current=null] : iv_ruleGlossaryTerm= ruleGlossaryTerm EOF ;
    public final EObject entryRuleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGlossaryTerm = null;


        try {
            // InternalItup.g:2809:53: (iv_ruleGlossaryTerm= ruleGlossaryTerm EOF )
            // InternalItup.g:2810:2: iv_ruleGlossaryTerm= ruleGlossaryTerm EOF
            {
             newCompositeNode(grammarAccess.getGlossaryTermRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleGlossaryTerm=ruleGlossaryTerm();

            state._fsp--;

             current =iv_ruleGlossaryTerm; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleGlossaryTerm"


    // $ANTLR start "ruleGlossaryTerm"
    // InternalItup.g:2816:1: ruleGlossaryTerm returns [EObject current=null] : (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) ;
    public final EObject ruleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_term_1_0=null;
        Token otherlv_2=null;
        Token otherlv_3=null;
        Token lv_definition_4_0=null;
        Token otherlv_6=null;
        EObject lv_translations_5_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2822:2: ( (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) )
            // InternalItup.g:2823:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            {
            // InternalItup.g:2823:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            // InternalItup.g:2824:3: otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}'
            {
            otherlv_0=(Token)match(input,58,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getGlossaryTermAccess().getTermKeyword_0());
            		
            // InternalItup.g:2828:3: ( (lv_term_1_0= RULE_STRING ) )
            // InternalItup.g:2829:4: (lv_term_1_0= RULE_STRING )
            {
            // InternalItup.g:2829:4: (lv_term_1_0= RULE_STRING )
            // InternalItup.g:2830:5: lv_term_1_0= RULE_STRING
            {
            lv_term_1_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

            					newLeafNode(lv_term_1_0, grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getGlossaryTermRule());
            					}
            					setWithLastConsumed(
            						current,
            						"term",
            						lv_term_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            otherlv_2=(Token)match(input,21,FOLLOW_51); 

            			newLeafNode(otherlv_2, grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:2850:3: (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==59) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalItup.g:2851:4: otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) )
                    {
                    otherlv_3=(Token)match(input,59,FOLLOW_10); 

                    				newLeafNode(otherlv_3, grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0());
                    			
                    // InternalItup.g:2855:4: ( (lv_definition_4_0= RULE_STRING ) )
                    // InternalItup.g:2856:5: (lv_definition_4_0= RULE_STRING )
                    {
                    // InternalItup.g:2856:5: (lv_definition_4_0= RULE_STRING )
                    // InternalItup.g:2857:6: lv_definition_4_0= RULE_STRING
                    {
                    lv_definition_4_0=(Token)match(input,RULE_STRING,FOLLOW_52); 

                    						newLeafNode(lv_definition_4_0, grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getGlossaryTermRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"definition",
                    							lv_definition_4_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:2874:3: ( (lv_translations_5_0= ruleTranslation ) )*
            loop63:
            do {
                int alt63=2;
                int LA63_0 = input.LA(1);

                if ( (LA63_0==RULE_ID) ) {
                    alt63=1;
                }


                switch (alt63) {
            	case 1 :
            	    // InternalItup.g:2875:4: (lv_translations_5_0= ruleTranslation )
            	    {
            	    // InternalItup.g:2875:4: (lv_translations_5_0= ruleTranslation )
            	    // InternalItup.g:2876:5: lv_translations_5_0= ruleTranslation
            	    {

            	    					newCompositeNode(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_52);
            	    lv_translations_5_0=ruleTranslation();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getGlossaryTermRule());
            	    					}
            	    					add(
            	    						current,
            	    						"translations",
            	    						lv_translations_5_0,
            	    						"org.itup.dsl.Itup.Translation");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop63;
                }
            } while (true);

            otherlv_6=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_6, grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleGlossaryTerm"


    // $ANTLR start "entryRuleTranslation"
    // InternalItup.g:2901:1: entryRuleTranslation returns [EObject current=null] : iv_ruleTranslation= ruleTranslation EOF ;
    public final EObject entryRuleTranslation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTranslation = null;


        try {
            // InternalItup.g:2901:52: (iv_ruleTranslation= ruleTranslation EOF )
            // InternalItup.g:2902:2: iv_ruleTranslation= ruleTranslation EOF
            {
             newCompositeNode(grammarAccess.getTranslationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTranslation=ruleTranslation();

            state._fsp--;

             current =iv_ruleTranslation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTranslation"


    // $ANTLR start "ruleTranslation"
    // InternalItup.g:2908:1: ruleTranslation returns [EObject current=null] : ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) ;
    public final EObject ruleTranslation() throws RecognitionException {
        EObject current = null;

        Token lv_language_0_0=null;
        Token lv_text_1_0=null;
        Token lv_unavailable_2_0=null;


        	enterRule();

        try {
            // InternalItup.g:2914:2: ( ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) )
            // InternalItup.g:2915:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            {
            // InternalItup.g:2915:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            // InternalItup.g:2916:3: ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            {
            // InternalItup.g:2916:3: ( (lv_language_0_0= RULE_ID ) )
            // InternalItup.g:2917:4: (lv_language_0_0= RULE_ID )
            {
            // InternalItup.g:2917:4: (lv_language_0_0= RULE_ID )
            // InternalItup.g:2918:5: lv_language_0_0= RULE_ID
            {
            lv_language_0_0=(Token)match(input,RULE_ID,FOLLOW_53); 

            					newLeafNode(lv_language_0_0, grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTranslationRule());
            					}
            					setWithLastConsumed(
            						current,
            						"language",
            						lv_language_0_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            // InternalItup.g:2934:3: ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( (LA64_0==RULE_STRING) ) {
                alt64=1;
            }
            else if ( (LA64_0==60) ) {
                alt64=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 64, 0, input);

                throw nvae;
            }
            switch (alt64) {
                case 1 :
                    // InternalItup.g:2935:4: ( (lv_text_1_0= RULE_STRING ) )
                    {
                    // InternalItup.g:2935:4: ( (lv_text_1_0= RULE_STRING ) )
                    // InternalItup.g:2936:5: (lv_text_1_0= RULE_STRING )
                    {
                    // InternalItup.g:2936:5: (lv_text_1_0= RULE_STRING )
                    // InternalItup.g:2937:6: lv_text_1_0= RULE_STRING
                    {
                    lv_text_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_text_1_0, grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTranslationRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"text",
                    							lv_text_1_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:2954:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    {
                    // InternalItup.g:2954:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    // InternalItup.g:2955:5: (lv_unavailable_2_0= 'unavailable' )
                    {
                    // InternalItup.g:2955:5: (lv_unavailable_2_0= 'unavailable' )
                    // InternalItup.g:2956:6: lv_unavailable_2_0= 'unavailable'
                    {
                    lv_unavailable_2_0=(Token)match(input,60,FOLLOW_2); 

                    						newLeafNode(lv_unavailable_2_0, grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTranslationRule());
                    						}
                    						setWithLastConsumed(current, "unavailable", lv_unavailable_2_0 != null, "unavailable");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTranslation"


    // $ANTLR start "entryRuleCode"
    // InternalItup.g:2973:1: entryRuleCode returns [String current=null] : iv_ruleCode= ruleCode EOF ;
    public final String entryRuleCode() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCode = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:2975:2: (iv_ruleCode= ruleCode EOF )
            // InternalItup.g:2976:2: iv_ruleCode= ruleCode EOF
            {
             newCompositeNode(grammarAccess.getCodeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCode=ruleCode();

            state._fsp--;

             current =iv_ruleCode.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleCode"


    // $ANTLR start "ruleCode"
    // InternalItup.g:2985:1: ruleCode returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken ruleCode() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_0 = null;

        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:2992:2: ( (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:2993:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:2993:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:2994:3: this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {

            			newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0());
            		
            pushFollow(FOLLOW_54);
            this_CodeSegment_0=ruleCodeSegment();

            state._fsp--;


            			current.merge(this_CodeSegment_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalItup.g:3004:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop66:
            do {
                int alt66=2;
                int LA66_0 = input.LA(1);

                if ( ((LA66_0>=61 && LA66_0<=62)) ) {
                    alt66=1;
                }


                switch (alt66) {
            	case 1 :
            	    // InternalItup.g:3005:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:3005:4: (kw= '.' | kw= '-' )
            	    int alt65=2;
            	    int LA65_0 = input.LA(1);

            	    if ( (LA65_0==61) ) {
            	        alt65=1;
            	    }
            	    else if ( (LA65_0==62) ) {
            	        alt65=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 65, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt65) {
            	        case 1 :
            	            // InternalItup.g:3006:5: kw= '.'
            	            {
            	            kw=(Token)match(input,61,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3012:5: kw= '-'
            	            {
            	            kw=(Token)match(input,62,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_54);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop66;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleCode"


    // $ANTLR start "entryRuleCodeSegment"
    // InternalItup.g:3036:1: entryRuleCodeSegment returns [String current=null] : iv_ruleCodeSegment= ruleCodeSegment EOF ;
    public final String entryRuleCodeSegment() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCodeSegment = null;


        try {
            // InternalItup.g:3036:51: (iv_ruleCodeSegment= ruleCodeSegment EOF )
            // InternalItup.g:3037:2: iv_ruleCodeSegment= ruleCodeSegment EOF
            {
             newCompositeNode(grammarAccess.getCodeSegmentRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCodeSegment=ruleCodeSegment();

            state._fsp--;

             current =iv_ruleCodeSegment.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleCodeSegment"


    // $ANTLR start "ruleCodeSegment"
    // InternalItup.g:3043:1: ruleCodeSegment returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleCodeSegment() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalItup.g:3049:2: ( (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) )
            // InternalItup.g:3050:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            {
            // InternalItup.g:3050:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            int alt67=2;
            int LA67_0 = input.LA(1);

            if ( (LA67_0==RULE_ID) ) {
                alt67=1;
            }
            else if ( (LA67_0==RULE_INT) ) {
                alt67=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 67, 0, input);

                throw nvae;
            }
            switch (alt67) {
                case 1 :
                    // InternalItup.g:3051:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:3059:3: this_INT_1= RULE_INT
                    {
                    this_INT_1=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_1);
                    		

                    			newLeafNode(this_INT_1, grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCodeSegment"


    // $ANTLR start "entryRulePlanName"
    // InternalItup.g:3070:1: entryRulePlanName returns [String current=null] : iv_rulePlanName= rulePlanName EOF ;
    public final String entryRulePlanName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePlanName = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3072:2: (iv_rulePlanName= rulePlanName EOF )
            // InternalItup.g:3073:2: iv_rulePlanName= rulePlanName EOF
            {
             newCompositeNode(grammarAccess.getPlanNameRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlanName=rulePlanName();

            state._fsp--;

             current =iv_rulePlanName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRulePlanName"


    // $ANTLR start "rulePlanName"
    // InternalItup.g:3082:1: rulePlanName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken rulePlanName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3089:2: ( (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:3090:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:3090:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:3091:3: this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_54); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalItup.g:3098:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop69:
            do {
                int alt69=2;
                int LA69_0 = input.LA(1);

                if ( ((LA69_0>=61 && LA69_0<=62)) ) {
                    alt69=1;
                }


                switch (alt69) {
            	case 1 :
            	    // InternalItup.g:3099:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:3099:4: (kw= '.' | kw= '-' )
            	    int alt68=2;
            	    int LA68_0 = input.LA(1);

            	    if ( (LA68_0==61) ) {
            	        alt68=1;
            	    }
            	    else if ( (LA68_0==62) ) {
            	        alt68=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 68, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt68) {
            	        case 1 :
            	            // InternalItup.g:3100:5: kw= '.'
            	            {
            	            kw=(Token)match(input,61,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3106:5: kw= '-'
            	            {
            	            kw=(Token)match(input,62,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_54);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop69;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "rulePlanName"


    // $ANTLR start "entryRuleYear"
    // InternalItup.g:3130:1: entryRuleYear returns [String current=null] : iv_ruleYear= ruleYear EOF ;
    public final String entryRuleYear() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleYear = null;


        try {
            // InternalItup.g:3130:44: (iv_ruleYear= ruleYear EOF )
            // InternalItup.g:3131:2: iv_ruleYear= ruleYear EOF
            {
             newCompositeNode(grammarAccess.getYearRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleYear=ruleYear();

            state._fsp--;

             current =iv_ruleYear.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleYear"


    // $ANTLR start "ruleYear"
    // InternalItup.g:3137:1: ruleYear returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleYear() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalItup.g:3143:2: (this_INT_0= RULE_INT )
            // InternalItup.g:3144:2: this_INT_0= RULE_INT
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            		current.merge(this_INT_0);
            	

            		newLeafNode(this_INT_0, grammarAccess.getYearAccess().getINTTerminalRuleCall());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleYear"


    // $ANTLR start "entryRuleDecimal"
    // InternalItup.g:3154:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3156:2: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalItup.g:3157:2: iv_ruleDecimal= ruleDecimal EOF
            {
             newCompositeNode(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDecimal=ruleDecimal();

            state._fsp--;

             current =iv_ruleDecimal.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalItup.g:3166:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3173:2: ( (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) )
            // InternalItup.g:3174:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            {
            // InternalItup.g:3174:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            // InternalItup.g:3175:3: this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_55); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0());
            		
            // InternalItup.g:3182:3: (kw= '.' this_INT_2= RULE_INT )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( (LA70_0==61) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalItup.g:3183:4: kw= '.' this_INT_2= RULE_INT
                    {
                    kw=(Token)match(input,61,FOLLOW_6); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getFullStopKeyword_1_0());
                    			
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_2);
                    			

                    				newLeafNode(this_INT_2, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "ruleMeasuredTargetKind"
    // InternalItup.g:3203:1: ruleMeasuredTargetKind returns [Enumerator current=null] : ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) ;
    public final Enumerator ruleMeasuredTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3209:2: ( ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) )
            // InternalItup.g:3210:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            {
            // InternalItup.g:3210:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            int alt71=3;
            switch ( input.LA(1) ) {
            case 63:
                {
                alt71=1;
                }
                break;
            case 64:
                {
                alt71=2;
                }
                break;
            case 65:
                {
                alt71=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 71, 0, input);

                throw nvae;
            }

            switch (alt71) {
                case 1 :
                    // InternalItup.g:3211:3: (enumLiteral_0= 'level' )
                    {
                    // InternalItup.g:3211:3: (enumLiteral_0= 'level' )
                    // InternalItup.g:3212:4: enumLiteral_0= 'level'
                    {
                    enumLiteral_0=(Token)match(input,63,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3219:3: (enumLiteral_1= 'increase' )
                    {
                    // InternalItup.g:3219:3: (enumLiteral_1= 'increase' )
                    // InternalItup.g:3220:4: enumLiteral_1= 'increase'
                    {
                    enumLiteral_1=(Token)match(input,64,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3227:3: (enumLiteral_2= 'decrease' )
                    {
                    // InternalItup.g:3227:3: (enumLiteral_2= 'decrease' )
                    // InternalItup.g:3228:4: enumLiteral_2= 'decrease'
                    {
                    enumLiteral_2=(Token)match(input,65,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMeasuredTargetKind"


    // $ANTLR start "ruleQualitativeTargetKind"
    // InternalItup.g:3238:1: ruleQualitativeTargetKind returns [Enumerator current=null] : (enumLiteral_0= 'qualitative' ) ;
    public final Enumerator ruleQualitativeTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:3244:2: ( (enumLiteral_0= 'qualitative' ) )
            // InternalItup.g:3245:2: (enumLiteral_0= 'qualitative' )
            {
            // InternalItup.g:3245:2: (enumLiteral_0= 'qualitative' )
            // InternalItup.g:3246:3: enumLiteral_0= 'qualitative'
            {
            enumLiteral_0=(Token)match(input,66,FOLLOW_2); 

            			current = grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQualitativeTargetKind"


    // $ANTLR start "ruleSectorKind"
    // InternalItup.g:3255:1: ruleSectorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) ;
    public final Enumerator ruleSectorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3261:2: ( ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) )
            // InternalItup.g:3262:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            {
            // InternalItup.g:3262:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            int alt72=3;
            switch ( input.LA(1) ) {
            case 67:
                {
                alt72=1;
                }
                break;
            case 68:
                {
                alt72=2;
                }
                break;
            case 69:
                {
                alt72=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 72, 0, input);

                throw nvae;
            }

            switch (alt72) {
                case 1 :
                    // InternalItup.g:3263:3: (enumLiteral_0= 'sector' )
                    {
                    // InternalItup.g:3263:3: (enumLiteral_0= 'sector' )
                    // InternalItup.g:3264:4: enumLiteral_0= 'sector'
                    {
                    enumLiteral_0=(Token)match(input,67,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3271:3: (enumLiteral_1= 'inter-sectoral' )
                    {
                    // InternalItup.g:3271:3: (enumLiteral_1= 'inter-sectoral' )
                    // InternalItup.g:3272:4: enumLiteral_1= 'inter-sectoral'
                    {
                    enumLiteral_1=(Token)match(input,68,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3279:3: (enumLiteral_2= 'secretariat' )
                    {
                    // InternalItup.g:3279:3: (enumLiteral_2= 'secretariat' )
                    // InternalItup.g:3280:4: enumLiteral_2= 'secretariat'
                    {
                    enumLiteral_2=(Token)match(input,69,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSectorKind"


    // $ANTLR start "ruleIndicatorDirection"
    // InternalItup.g:3290:1: ruleIndicatorDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) ;
    public final Enumerator ruleIndicatorDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3296:2: ( ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) )
            // InternalItup.g:3297:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            {
            // InternalItup.g:3297:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            int alt73=3;
            switch ( input.LA(1) ) {
            case 64:
                {
                alt73=1;
                }
                break;
            case 65:
                {
                alt73=2;
                }
                break;
            case 70:
                {
                alt73=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 73, 0, input);

                throw nvae;
            }

            switch (alt73) {
                case 1 :
                    // InternalItup.g:3298:3: (enumLiteral_0= 'increase' )
                    {
                    // InternalItup.g:3298:3: (enumLiteral_0= 'increase' )
                    // InternalItup.g:3299:4: enumLiteral_0= 'increase'
                    {
                    enumLiteral_0=(Token)match(input,64,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3306:3: (enumLiteral_1= 'decrease' )
                    {
                    // InternalItup.g:3306:3: (enumLiteral_1= 'decrease' )
                    // InternalItup.g:3307:4: enumLiteral_1= 'decrease'
                    {
                    enumLiteral_1=(Token)match(input,65,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3314:3: (enumLiteral_2= 'maintain' )
                    {
                    // InternalItup.g:3314:3: (enumLiteral_2= 'maintain' )
                    // InternalItup.g:3315:4: enumLiteral_2= 'maintain'
                    {
                    enumLiteral_2=(Token)match(input,70,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIndicatorDirection"


    // $ANTLR start "ruleRiskTreatment"
    // InternalItup.g:3325:1: ruleRiskTreatment returns [Enumerator current=null] : ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) ;
    public final Enumerator ruleRiskTreatment() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:3331:2: ( ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) )
            // InternalItup.g:3332:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            {
            // InternalItup.g:3332:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            int alt74=4;
            switch ( input.LA(1) ) {
            case 71:
                {
                alt74=1;
                }
                break;
            case 72:
                {
                alt74=2;
                }
                break;
            case 73:
                {
                alt74=3;
                }
                break;
            case 74:
                {
                alt74=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 74, 0, input);

                throw nvae;
            }

            switch (alt74) {
                case 1 :
                    // InternalItup.g:3333:3: (enumLiteral_0= 'avoidance' )
                    {
                    // InternalItup.g:3333:3: (enumLiteral_0= 'avoidance' )
                    // InternalItup.g:3334:4: enumLiteral_0= 'avoidance'
                    {
                    enumLiteral_0=(Token)match(input,71,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3341:3: (enumLiteral_1= 'limitation' )
                    {
                    // InternalItup.g:3341:3: (enumLiteral_1= 'limitation' )
                    // InternalItup.g:3342:4: enumLiteral_1= 'limitation'
                    {
                    enumLiteral_1=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3349:3: (enumLiteral_2= 'transfer' )
                    {
                    // InternalItup.g:3349:3: (enumLiteral_2= 'transfer' )
                    // InternalItup.g:3350:4: enumLiteral_2= 'transfer'
                    {
                    enumLiteral_2=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:3357:3: (enumLiteral_3= 'acceptance' )
                    {
                    // InternalItup.g:3357:3: (enumLiteral_3= 'acceptance' )
                    // InternalItup.g:3358:4: enumLiteral_3= 'acceptance'
                    {
                    enumLiteral_3=(Token)match(input,74,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRiskTreatment"


    // $ANTLR start "ruleSwotKind"
    // InternalItup.g:3368:1: ruleSwotKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) ;
    public final Enumerator ruleSwotKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:3374:2: ( ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) )
            // InternalItup.g:3375:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            {
            // InternalItup.g:3375:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            int alt75=4;
            switch ( input.LA(1) ) {
            case 75:
                {
                alt75=1;
                }
                break;
            case 76:
                {
                alt75=2;
                }
                break;
            case 77:
                {
                alt75=3;
                }
                break;
            case 78:
                {
                alt75=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 75, 0, input);

                throw nvae;
            }

            switch (alt75) {
                case 1 :
                    // InternalItup.g:3376:3: (enumLiteral_0= 'strength' )
                    {
                    // InternalItup.g:3376:3: (enumLiteral_0= 'strength' )
                    // InternalItup.g:3377:4: enumLiteral_0= 'strength'
                    {
                    enumLiteral_0=(Token)match(input,75,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3384:3: (enumLiteral_1= 'weakness' )
                    {
                    // InternalItup.g:3384:3: (enumLiteral_1= 'weakness' )
                    // InternalItup.g:3385:4: enumLiteral_1= 'weakness'
                    {
                    enumLiteral_1=(Token)match(input,76,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3392:3: (enumLiteral_2= 'opportunity' )
                    {
                    // InternalItup.g:3392:3: (enumLiteral_2= 'opportunity' )
                    // InternalItup.g:3393:4: enumLiteral_2= 'opportunity'
                    {
                    enumLiteral_2=(Token)match(input,77,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:3400:3: (enumLiteral_3= 'threat' )
                    {
                    // InternalItup.g:3400:3: (enumLiteral_3= 'threat' )
                    // InternalItup.g:3401:4: enumLiteral_3= 'threat'
                    {
                    enumLiteral_3=(Token)match(input,78,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSwotKind"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x064000003A975012L,0x0000000000000038L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x064000003A975002L,0x0000000000000038L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x064000003A974002L,0x0000000000000038L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x064000003A970002L,0x0000000000000038L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0640000032960002L,0x0000000000000038L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0640000032940002L,0x0000000000000038L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000060L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0640000032980002L,0x0000000000000038L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0640000032900002L,0x0000000000000038L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000400000L,0x0000000000007800L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000001000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000004000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000200010L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x00000001C2C00000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000182C00000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000102C00000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000102C80000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000200012L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000000200002L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x8000200600408000L,0x0000000000000007L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x8000200600408010L,0x0000000000000007L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000200000400000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000810000002L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000001000000002L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000002000080000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x000100C000400000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0001008000400000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x00001D0040C00000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x00001D0000C00000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000020020000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x00001D0000C80000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000C00500400000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000043L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x003A000000400000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0004000000000060L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0038000000400000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0038000000480000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0180000000400000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0100000000400000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000000000010L,0x0000000000000780L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0200000000400000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0800000000400020L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000400020L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x1000000000000010L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x6000000000000002L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x2000000000000002L});

}
